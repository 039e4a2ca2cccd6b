using Marketplace.Application.Common.Paging;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Reviews.View;

/// <summary>
/// The review of a booking, for its two sides and admins (404 for anyone else): the review (null while none is
/// written, hidden ones included), and until when the family may still write one (null when it may not, or did).
/// </summary>
public sealed record GetBookingReview(Guid BookingId) : IQuery<BookingReview>;

/// <param name="WritableUntil">The last moment the family may review; null when it may not (no care given yet, too late, written already).</param>
/// <param name="ProviderName">Who is reviewed: the caregiver, or the daycare or clinic.</param>
/// <param name="You">The reader's side of the booking; null for an admin.</param>
public sealed record BookingReview(ReviewView? Review, DateTimeOffset? WritableUntil, string ProviderName, BookingKind Kind, BookingSide? You);

public sealed class GetBookingReviewHandler(ICurrentUser currentUser, IBookingRepository bookings, IReviewRepository reviews, TimeProvider clock)
    : IQueryHandler<GetBookingReview, BookingReview>
{
    public async ValueTask<BookingReview> Handle(GetBookingReview query, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(query.BookingId, currentUser, cancellationToken);
        var you = booking.SideOf(currentUser.RequireUserId());
        if (await reviews.FindByBookingAsync(booking.Id, cancellationToken) is { } review)
        {
            return new BookingReview(ReviewView.Of(review), null, booking.Parties.ProviderName, booking.Kind, you);
        }

        var now = clock.GetUtcNow();
        var until = booking.CareGivenUntil(now)?.AddDays(Review.WindowDays);
        return new BookingReview(null, until > now ? until : null, booking.Parties.ProviderName, booking.Kind, you);
    }
}

/// <summary>The reviews of everyone, hidden ones too, newest first, a page at a time: what admins moderate.</summary>
public sealed record ListLatestReviews(int Page = 1, int PageSize = PageRequests.DefaultPageSize) : IQuery<Paged<ReviewView>>, IPageRequest;

public sealed class ListLatestReviewsValidator : FluentValidation.AbstractValidator<ListLatestReviews>
{
    public ListLatestReviewsValidator() => Include(new PageRequestValidator());
}

public sealed class ListLatestReviewsHandler(ICurrentUser currentUser, IReviewRepository reviews) : IQueryHandler<ListLatestReviews, Paged<ReviewView>>
{
    public async ValueTask<Paged<ReviewView>> Handle(ListLatestReviews query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(Accounts.AccountRoles.Admin, "Only an admin moderates reviews.");
        var listed = await reviews.ListLatestAsync(query.Skip(), query.PageSize, cancellationToken);
        return new Paged<ReviewView>([.. listed.Select(ReviewView.Of)], await reviews.CountAllAsync(cancellationToken), query.Page, query.PageSize);
    }
}
