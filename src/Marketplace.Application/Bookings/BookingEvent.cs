namespace Marketplace.Application.Bookings;

/// <summary>Something happened to a booking. Saved to the outbox with the change; emails follow from it.</summary>
public sealed record BookingEvent(Guid BookingId, BookingEventKind Kind);

public enum BookingEventKind
{
    Requested,
    Reserved,
    Accepted,
    Declined,
    Expired,
    Cancelled,
    VisitCompleted,
    Completed,
}
