using Marketplace.Application.Common.Outbox;

namespace Marketplace.Application.Bookings;

/// <summary>Something happened to a booking. Saved to the outbox with the change; emails follow from it.</summary>
/// <param name="By">The side that acted, where either side may (a cancellation, a moved visit).</param>
[OutboxMessage("booking-event")]
public sealed record BookingEvent(Guid BookingId, BookingEventKind Kind, BookingSide? By = null);

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
}
