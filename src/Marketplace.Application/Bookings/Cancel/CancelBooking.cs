using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Bookings.Cancel;

/// <summary>The family or the caregiver cancels the visits still to come; the policy decides what the family owes.</summary>
public sealed record CancelBooking(Guid BookingId) : ICommand<BookingView>;

public sealed class CancelBookingHandler(ICurrentUser currentUser, IBookingRepository bookings, TimeProvider clock)
    : ICommandHandler<CancelBooking, BookingView>
{
    public async ValueTask<BookingView> Handle(CancelBooking command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(command.BookingId, currentUser, cancellationToken);
        var userId = currentUser.RequireUserId();
        var by = booking.Parties.FamilyUserId == userId ? CancelledBy.Family
            : booking.Parties.CaregiverUserId == userId ? CancelledBy.Provider
            : throw new ForbiddenException("Only the family or the caregiver can cancel a booking.");
        booking.Cancel(by, clock.GetUtcNow());
        return BookingView.Of(booking);
    }
}
