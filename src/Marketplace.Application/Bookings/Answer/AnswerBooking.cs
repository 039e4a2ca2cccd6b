using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Bookings.Answer;

/// <summary>The booked caregiver takes the request; 409 while she is not verified (suspended, expired or rejected since it was made).</summary>
public sealed record AcceptBooking(Guid BookingId) : ICommand<BookingView>;

/// <summary>The booked caregiver turns the request down; their time is free again.</summary>
public sealed record DeclineBooking(Guid BookingId) : ICommand<BookingView>;

public sealed class AnswerBookingHandler(ICurrentUser currentUser, IBookingRepository bookings, ICaregiverRepository caregivers, TimeProvider clock)
    : ICommandHandler<AcceptBooking, BookingView>, ICommandHandler<DeclineBooking, BookingView>
{
    public const string NotVerified = "Only a verified caregiver takes bookings: your profile is not verified now, so this request can only be declined.";

    public async ValueTask<BookingView> Handle(AcceptBooking command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForProviderAsync(command.BookingId, currentUser, cancellationToken);
        if (booking.Parties.CaregiverId is { } caregiverId
            && (await caregivers.ReadAsync(caregiverId, cancellationToken))?.Verification != VerificationStatus.Verified)
        {
            throw new BusinessRuleException(NotVerified);
        }

        booking.Accept(clock.GetUtcNow());
        return BookingView.Of(booking, currentUser.UserId);
    }

    public async ValueTask<BookingView> Handle(DeclineBooking command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForProviderAsync(command.BookingId, currentUser, cancellationToken);
        booking.Decline(clock.GetUtcNow());
        return BookingView.Of(booking, currentUser.UserId);
    }
}
