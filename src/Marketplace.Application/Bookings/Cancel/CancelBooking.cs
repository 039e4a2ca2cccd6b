using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Bookings.Cancel;

/// <summary>
/// The family or the provider cancels the visits still to come; the policy decides what the family owes,
/// and daycare days and clinic slots go back to the listing's capacity.
/// </summary>
public sealed record CancelBooking(Guid BookingId) : ICommand<BookingView>;

public sealed class CancelBookingHandler(ICurrentUser currentUser, IBookingRepository bookings, IPlaceCounter places, TimeProvider clock)
    : ICommandHandler<CancelBooking, BookingView>
{
    public async ValueTask<BookingView> Handle(CancelBooking command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(command.BookingId, currentUser, cancellationToken);
        var by = booking.SideOf(currentUser.RequireUserId())
            ?? throw new ForbiddenException("Only the family or the provider can change a booking.");
        var (_, cancelled) = booking.Cancel(by, clock.GetUtcNow());
        await places.GiveBackAsync(booking, cancelled, cancellationToken);
        return BookingView.Of(booking, currentUser.UserId);
    }
}
