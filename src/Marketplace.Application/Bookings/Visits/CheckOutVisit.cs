using Marketplace.Application.CarePlans;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Bookings.Visits;

/// <summary>
/// The caregiver leaves and records the visit: tasks done, notes, vital signs if measured, and whether the person fell;
/// the person's care plan judges what was recorded (see <see cref="CareOversight"/>).
/// </summary>
/// <param name="Fell">Whether the person fell since the last visit.</param>
public sealed record CheckOutVisit(Guid BookingId, IReadOnlyList<string> Tasks, string? Notes, VitalSigns? Vitals, bool Fell = false)
    : ICommand<BookingView>;

public sealed class CheckOutVisitHandler(ICurrentUser currentUser, IBookingRepository bookings, CareOversight oversight, TimeProvider clock)
    : ICommandHandler<CheckOutVisit, BookingView>
{
    public async ValueTask<BookingView> Handle(CheckOutVisit command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForProviderAsync(command.BookingId, currentUser, cancellationToken);
        var log = new VisitLog([.. command.Tasks.Distinct(StringComparer.Ordinal)], command.Notes?.Trim() ?? string.Empty, command.Vitals, command.Fell);
        var visit = booking.CheckOut(log, clock.GetUtcNow());
        await oversight.ObserveAsync(visit.RecipientId, new CareObservation.Recorded(CareAlertSource.Booking, booking.Id, log.Vitals, log.Fell), cancellationToken);
        return BookingView.Of(booking, currentUser.UserId);
    }
}
