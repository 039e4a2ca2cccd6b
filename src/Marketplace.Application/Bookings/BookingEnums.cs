namespace Marketplace.Application.Bookings;

public enum BookingKind
{
    HomeCare,
    Daycare,
    MobileClinic,
}

/// <summary>Where a booking is in its life; see docs/decisions/0004-bookings.md for the transitions.</summary>
public enum BookingStatus
{
    Requested,
    Accepted,

    /// <summary>Accepted and paid for (the family has chosen how to pay), or free: visits may be given.</summary>
    Confirmed,
    Declined,
    Expired,
    InProgress,
    Completed,
    Cancelled,
}

public enum VisitStatus
{
    Scheduled,
    InProgress,
    Completed,
    Cancelled,

    /// <summary>Nobody was there to receive the caregiver; the time was kept and is paid for.</summary>
    NoShow,
}

public enum BookingSide
{
    Family,
    Provider,
}
