namespace Marketplace.Application.Listings;

/// <summary>The three services an enterprise can list.</summary>
public enum ListingKind
{
    /// <summary>Home elder care, given by the enterprise's affiliated caregivers at their own rates.</summary>
    HomeCare,

    /// <summary>Inclusive daycare: places per day for children at the enterprise's address.</summary>
    Daycare,

    /// <summary>A mobile care clinic: stops at places on dates, booked by the slot.</summary>
    MobileClinic,
}

/// <summary>
/// Drafts are being written; published listings are found and booked; paused ones are neither; suspended ones
/// were stopped by the platform after an upheld complaint and only an admin can lift that.
/// </summary>
public enum ListingStatus
{
    Draft,
    Published,
    Paused,
    Suspended,
}
