using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Reviews.View;
using Mediator;

namespace Marketplace.Application.Reviews.Write;

/// <summary>
/// The family of a booking rates its care, 1 to 5, with words (<see cref="Review.TextMaxLength"/> at most; may be
/// empty): once per booking, after care was given and within <see cref="Review.WindowDays"/> days of the latest.
/// 404 for anyone not a party of the booking, 403 for its provider, 409 when the rules refuse.
/// </summary>
public sealed record WriteReview(Guid BookingId, int? Rating, string? Text) : ICommand<ReviewView>;

public sealed class WriteReviewValidator : AbstractValidator<WriteReview>
{
    public WriteReviewValidator()
    {
        RuleFor(c => c.Rating).NotNull().InclusiveBetween(Review.LowestRating, Review.HighestRating);
        RuleFor(c => c.Text).MaximumLength(Review.TextMaxLength);
    }
}

public sealed class WriteReviewHandler(
    ICurrentUser currentUser, IBookingRepository bookings, IReviewRepository reviews, IIdentityService identity, TimeProvider clock)
    : ICommandHandler<WriteReview, ReviewView>
{
    public async ValueTask<ReviewView> Handle(WriteReview command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(command.BookingId, currentUser, cancellationToken);
        var userId = currentUser.RequireUserId();
        if (booking.SideOf(userId) != BookingSide.Family)
        {
            throw new ForbiddenException("Only the family who booked the care reviews it.");
        }

        if (await reviews.FindByBookingAsync(booking.Id, cancellationToken) is not null)
        {
            throw new BusinessRuleException(Review.ReviewedAlready);
        }

        var family = await identity.FindAsync(userId, cancellationToken) ?? throw new NotFoundException("Account", userId);
        var review = Review.Write(booking, family.FullName, command.Rating!.Value, command.Text ?? string.Empty, clock.GetUtcNow());
        reviews.Add(review);
        return ReviewView.Of(review);
    }
}
