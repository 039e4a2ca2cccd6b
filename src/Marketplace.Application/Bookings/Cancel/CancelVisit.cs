using Marketplace.Application.CarePlans;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Bookings.Cancel;

/// <summary>
/// The family or the provider cancels one visit that has not started (one of a weekly series, or one daycare day), the
/// rest of the booking going on: the family pays for it as for a cancelled booking (nothing from the provider's side),
/// and the other side is told. The last visit left cancels the booking. With <see cref="ExpectedChargeIdr"/>, a different
/// charge is refused (409).
/// </summary>
public sealed record CancelVisit(Guid BookingId, Guid VisitId, long? ExpectedChargeIdr = null) : ICommand<BookingView>;

public sealed class CancelVisitHandler(
    ICurrentUser currentUser, IBookingRepository bookings, IPlaceCounter places, CareOversight oversight, TimeProvider clock)
    : ICommandHandler<CancelVisit, BookingView>
{
    public async ValueTask<BookingView> Handle(CancelVisit command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(command.BookingId, currentUser, cancellationToken);
        var side = currentUser.SideIn(booking);
        var (_, cancelled) = booking.CancelVisits([command.VisitId], side, clock.GetUtcNow(), command.ExpectedChargeIdr.AsMoney());
        await places.GiveBackAsync(booking, cancelled, cancellationToken);
        await oversight.ObserveCancellationAsync(booking, side, cancelled, cancellationToken);
        return BookingView.Of(booking, currentUser.UserId);
    }
}
