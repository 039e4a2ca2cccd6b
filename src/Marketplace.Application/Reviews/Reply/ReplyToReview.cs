using FluentValidation;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Reviews.View;
using Mediator;

namespace Marketplace.Application.Reviews.Reply;

/// <summary>
/// The provider of the reviewed booking (the caregiver, or the listing's enterprise) answers the review, once.
/// 404 for anyone not a party of the booking, 403 for its family, 409 when a reply was written already.
/// </summary>
public sealed record ReplyToReview(Guid ReviewId, string Text) : ICommand<ReviewView>;

public sealed class ReplyToReviewValidator : AbstractValidator<ReplyToReview>
{
    public ReplyToReviewValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(Review.ReplyMaxLength);
}

public sealed class ReplyToReviewHandler(ICurrentUser currentUser, IReviewRepository reviews, IBookingRepository bookings, TimeProvider clock)
    : ICommandHandler<ReplyToReview, ReviewView>
{
    public async ValueTask<ReviewView> Handle(ReplyToReview command, CancellationToken cancellationToken)
    {
        var review = await reviews.FindAsync(command.ReviewId, cancellationToken);
        var booking = review is null ? null : await bookings.FindAsync(review.BookingId, cancellationToken);
        if (review is null || booking?.SideOf(currentUser.RequireUserId()) is not { } side)
        {
            throw new NotFoundException("Review", command.ReviewId);
        }

        if (side != BookingSide.Provider)
        {
            throw new ForbiddenException("Only the caregiver or enterprise reviewed replies.");
        }

        review.ReplyWith(command.Text, clock.GetUtcNow());
        return ReviewView.Of(review);
    }
}
