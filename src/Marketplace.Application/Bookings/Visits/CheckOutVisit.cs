using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Bookings.Visits;

/// <summary>The caregiver leaves and records the visit: tasks done, notes, and vital signs if measured.</summary>
public sealed record CheckOutVisit(Guid BookingId, IReadOnlyList<string> Tasks, string? Notes, VitalSigns? Vitals)
    : ICommand<BookingView>;

public sealed class CheckOutVisitHandler(ICurrentUser currentUser, IBookingRepository bookings, TimeProvider clock)
    : ICommandHandler<CheckOutVisit, BookingView>
{
    public async ValueTask<BookingView> Handle(CheckOutVisit command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForProviderAsync(command.BookingId, currentUser, cancellationToken);
        var log = new VisitLog([.. command.Tasks.Distinct(StringComparer.Ordinal)], command.Notes?.Trim() ?? string.Empty, command.Vitals);
        booking.CheckOut(log, clock.GetUtcNow());
        return BookingView.Of(booking, currentUser.UserId);
    }
}
