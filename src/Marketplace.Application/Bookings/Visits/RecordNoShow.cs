using Marketplace.Application.CarePlans;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Bookings.Visits;

/// <summary>The caregiver came at the visit's time and nobody was there to receive them; the person's care plan may alert the care manager.</summary>
public sealed record RecordNoShow(Guid BookingId, Guid VisitId) : ICommand<BookingView>;

public sealed class RecordNoShowHandler(ICurrentUser currentUser, IBookingRepository bookings, CareOversight oversight, TimeProvider clock)
    : ICommandHandler<RecordNoShow, BookingView>
{
    public async ValueTask<BookingView> Handle(RecordNoShow command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForProviderAsync(command.BookingId, currentUser, cancellationToken);
        var visit = booking.MarkNoShow(command.VisitId, clock.GetUtcNow());
        await oversight.ObserveAsync(visit.RecipientId, new CareObservation.VisitMissed(booking.Id, MissedVisitReason.NobodyHome), cancellationToken);
        return BookingView.Of(booking, currentUser.UserId);
    }
}
