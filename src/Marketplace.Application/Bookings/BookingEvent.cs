using Marketplace.Application.Common.Outbox;

namespace Marketplace.Application.Bookings;

/// <summary>Something happened to a booking. Saved to the outbox with the change; emails follow from it.</summary>
/// <param name="By">The side that acted, where either side may (a cancellation, a moved visit).</param>
/// <param name="VisitIds">The visits it concerns, where it is about some visits only (visits cancelled on their own).</param>
[OutboxMessage("booking-event")]
public sealed record BookingEvent(Guid BookingId, BookingEventKind Kind, BookingSide? By = null, IReadOnlyList<Guid>? VisitIds = null);

public enum BookingEventKind
{
    Requested,
    Reserved,
    Accepted,
    Declined,
    Expired,
    Cancelled,
    VisitCompleted,
    VisitMoved,
    NoShow,
    Completed,

    // Outbox payloads hold these as numbers: new kinds go last.
    Confirmed,
    PaymentReceived,
    PaymentFailed,
    Refunded,

    /// <summary>An accepted booking nobody paid for by the time its first visit began: it ended.</summary>
    PaymentLapsed,

    /// <summary>Some visits were cancelled on their own; the booking goes on (<see cref="BookingEvent.VisitIds"/> names them).</summary>
    VisitsCancelled,
}
