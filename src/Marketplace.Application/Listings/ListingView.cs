using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Listings;

/// <summary>
/// A listing as families and its enterprise see it. Times of stops are local to the listing's zone.
/// <see cref="SuspensionReason"/> is set only on a suspended listing, which only its enterprise and admins can read.
/// </summary>
public sealed record ListingView(
    Guid Id,
    Guid EnterpriseId,
    ListingKind Kind,
    string Title,
    string Description,
    string AreaCode,
    string TimeZone,
    ListingStatus Status,
    string? SuspensionReason,
    int LateCancellationPercent,
    DaycareView? Daycare,
    MobileClinicView? MobileClinic,
    IReadOnlyList<StopView> Stops,
    IReadOnlyList<ListedCaregiver> Caregivers)
{
    public static ListingView Of(Listing listing, IReadOnlyList<Caregiver> affiliated) => new(
        listing.Id,
        listing.EnterpriseId,
        listing.Kind,
        listing.Title,
        listing.Description,
        listing.AreaCode.Value,
        listing.TimeZone,
        listing.Status,
        listing.Suspension?.Reason,
        listing.LateCancellationPercent,
        listing.Daycare is { } d
            ? new DaycareView(d.AddressLine, new(d.Point.Latitude, d.Point.Longitude), d.OpeningDays, d.Opens, d.Closes, d.PlacesPerDay,
                d.MinAgeYears, d.MaxAgeYears, d.SupportedNeeds, d.AccessibilityFeatures, d.PricePerDay.Rupiah)
            : null,
        listing.MobileClinic is { } m ? new MobileClinicView(m.Services, m.PricePerVisit.Rupiah) : null,
        [.. listing.Stops.OrderBy(s => s.Date).ThenBy(s => s.Start).Select(s => StopView.Of(s, listing.TimeZone))],
        listing.Kind == ListingKind.HomeCare ? [.. affiliated.Select(c => new ListedCaregiver(c.Id, c.FullName, c.HourlyRate.Rupiah))] : []);
}

public sealed record PointView(double Lat, double Lon);

public sealed record DaycareView(
    string AddressLine,
    PointView Point,
    IReadOnlyList<DayOfWeek> OpeningDays,
    TimeOnly Opens,
    TimeOnly Closes,
    int PlacesPerDay,
    int MinAgeYears,
    int MaxAgeYears,
    IReadOnlyList<string> SupportedNeeds,
    IReadOnlyList<string> AccessibilityFeatures,
    long PricePerDayIdr);

public sealed record MobileClinicView(IReadOnlyList<string> Services, long PricePerVisitIdr);

/// <summary>An affiliated, verified caregiver who gives a home-care listing's visits, at their own rate.</summary>
public sealed record ListedCaregiver(Guid Id, string FullName, long HourlyRateIdr);

public sealed record StopView(
    Guid Id, string PlaceName, PointView Point, DateOnly Date, TimeOnly Start, TimeOnly End, int SlotMinutes, int CapacityPerSlot,
    IReadOnlyList<SlotView> Slots)
{
    public static StopView Of(ClinicStop stop, string timeZone) => new(
        stop.Id, stop.PlaceName, new(stop.Point.Latitude, stop.Point.Longitude), stop.Date, stop.Start, stop.End, stop.SlotMinutes,
        stop.CapacityPerSlot, [.. stop.Slots.OrderBy(s => s.StartsAt).Select(s => new SlotView(
            s.Id, IndonesianTimeZones.ToLocal(s.StartsAt, timeZone), IndonesianTimeZones.ToLocal(s.EndsAt, timeZone), s.Capacity))]);
}

public sealed record SlotView(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity);
