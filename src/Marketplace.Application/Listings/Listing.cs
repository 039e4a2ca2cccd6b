using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Enterprises;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Listings;

/// <summary>A service an enterprise offers. Its kind decides which details it carries.</summary>
public sealed class Listing
{
    public const string SuspendedByPlatform = "This listing is suspended by the platform after a complaint and takes no bookings.";

    private readonly List<ClinicStop> _stops = [];

    private Listing(Guid id, Guid enterpriseId, ListingKind kind, DateTimeOffset createdAt)
    {
        Id = id;
        EnterpriseId = enterpriseId;
        Kind = kind;
        CreatedAt = createdAt;
        Title = string.Empty;
        Description = string.Empty;
        AreaCode = null!;
        TimeZone = IndonesianTimeZones.Wita;
    }

    public Guid Id { get; private set; }

    public Guid EnterpriseId { get; private set; }

    public ListingKind Kind { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public AreaCode AreaCode { get; private set; }

    /// <summary>The zone of the listing's area; its opening hours and stop times are written in it.</summary>
    public string TimeZone { get; private set; }

    public ListingStatus Status { get; private set; } = ListingStatus.Draft;

    /// <summary>The share of the price a family pays when it cancels less than 24 hours ahead.</summary>
    public int LateCancellationPercent { get; private set; }

    public DaycareDetails? Daycare { get; private set; }

    public MobileClinicDetails? MobileClinic { get; private set; }

    public IReadOnlyList<ClinicStop> Stops => _stops;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Why and since when the platform suspended it; null unless <see cref="Status"/> is suspended.</summary>
    public Suspension? Suspension { get; private set; }

    public static Listing CreateHomeCare(Guid enterpriseId, ListingBasics basics, DateTimeOffset now) =>
        Create(enterpriseId, ListingKind.HomeCare, basics, now);

    public static Listing CreateDaycare(Guid enterpriseId, ListingBasics basics, DaycareDetails daycare, DateTimeOffset now)
    {
        var listing = Create(enterpriseId, ListingKind.Daycare, basics, now);
        listing.Daycare = daycare;
        return listing;
    }

    public static Listing CreateMobileClinic(Guid enterpriseId, ListingBasics basics, MobileClinicDetails clinic, DateTimeOffset now)
    {
        var listing = Create(enterpriseId, ListingKind.MobileClinic, basics, now);
        listing.MobileClinic = clinic;
        return listing;
    }

    /// <summary>Makes the listing visible and bookable; only the verified enterprise that owns it can.</summary>
    public void Publish(Enterprise owner)
    {
        if (owner.Id != EnterpriseId)
        {
            throw new ForbiddenException("An enterprise publishes only its own listings.");
        }

        if (!owner.IsVerified)
        {
            throw new BusinessRuleException("Only a verified enterprise can publish listings.");
        }

        if (Status == ListingStatus.Published)
        {
            throw new BusinessRuleException("This listing is already published.");
        }

        if (Status == ListingStatus.Suspended)
        {
            throw new BusinessRuleException(SuspendedByPlatform);
        }

        Status = ListingStatus.Published;
    }

    /// <summary>Takes a published listing out of search and stops new bookings; existing ones stand.</summary>
    public void Pause()
    {
        if (Status != ListingStatus.Published)
        {
            throw new BusinessRuleException("Only a published listing can be paused.");
        }

        Status = ListingStatus.Paused;
    }

    /// <summary>
    /// The platform stops the listing after an upheld complaint: out of search, no new bookings (existing ones
    /// stand), and its owner cannot publish it again until an admin lifts the suspension.
    /// </summary>
    public void Suspend(Suspension suspension)
    {
        if (Status == ListingStatus.Suspended)
        {
            throw new BusinessRuleException("This listing is suspended already.");
        }

        Status = ListingStatus.Suspended;
        Suspension = suspension;
    }

    /// <summary>Lifts the suspension; the listing comes back paused, for its owner to publish when ready.</summary>
    public void Reinstate()
    {
        if (Status != ListingStatus.Suspended)
        {
            throw new BusinessRuleException("This listing is not suspended.");
        }

        Status = ListingStatus.Paused;
        Suspension = null;
    }

    /// <summary>Refuses (409) a new booking of a listing that is not published, saying why.</summary>
    public void EnsureTakesBookings()
    {
        if (Status == ListingStatus.Suspended)
        {
            throw new BusinessRuleException(SuspendedByPlatform);
        }

        if (Status != ListingStatus.Published)
        {
            throw new BusinessRuleException("This listing is paused and takes no bookings.");
        }
    }

    public ClinicStop AddStop(StopDetails details, BookingPolicy policy, DateTimeOffset now)
    {
        if (Kind != ListingKind.MobileClinic)
        {
            throw new BusinessRuleException("Only a mobile clinic has stops.");
        }

        if (IndonesianTimeZones.ToInstant(details.Date, details.Start, TimeZone) <= now)
        {
            throw new BusinessRuleException("A stop must start in the future.");
        }

        if (details.Date > LatestBookableDate(policy, now))
        {
            throw new BusinessRuleException("A stop can be planned at most as far ahead as care can be booked.");
        }

        // One clinic team is in one place at a time.
        if (_stops.FirstOrDefault(other => other.Date == details.Date && other.Start < details.End && details.Start < other.End) is { } taken)
        {
            throw new BusinessRuleException("The clinic is already at {0} from {1:HH:mm} to {2:HH:mm} that day; choose another time.", taken.PlaceName, taken.Start, taken.End);
        }

        var stop = ClinicStop.Create(details, TimeZone, now);
        _stops.Add(stop);
        return stop;
    }

    /// <summary>The last day this listing's places can be booked on, in its own zone (the booking horizon).</summary>
    public DateOnly LatestBookableDate(BookingPolicy policy, DateTimeOffset now) => policy.LatestDate(IndonesianTimeZones.LocalDate(now, TimeZone));

    private static Listing Create(Guid enterpriseId, ListingKind kind, ListingBasics basics, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), enterpriseId, kind, now)
        {
            Title = basics.Title,
            Description = basics.Description,
            AreaCode = basics.AreaCode,
            TimeZone = IndonesianTimeZones.ForArea(basics.AreaCode),
            LateCancellationPercent = basics.LateCancellationPercent,
        };
}

public sealed record ListingBasics(string Title, string Description, AreaCode AreaCode, int LateCancellationPercent);
