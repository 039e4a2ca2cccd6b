using Marketplace.Application.Listings;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Search.Services;

/// <summary>
/// What the services index holds: one document per published daycare, and one per coming stop of a
/// published mobile clinic (a stop has its own place and date).
/// </summary>
public sealed record ServiceDocument(
    Guid Id,
    Guid ListingId,
    ListingKind Kind,
    string Title,
    string? PlaceName,
    double Lat,
    double Lon,
    IReadOnlyList<string> Needs,
    IReadOnlyList<DayOfWeek> OpeningDays,
    DateOnly? Date,
    long PriceIdr)
{
    public static IReadOnlyList<ServiceDocument> Of(Listing listing, DateTimeOffset now)
    {
        if (listing.Status != ListingStatus.Published)
        {
            return [];
        }

        if (listing.Daycare is { } daycare)
        {
            return [new(listing.Id, listing.Id, listing.Kind, listing.Title, daycare.AddressLine, daycare.Point.Latitude, daycare.Point.Longitude,
                daycare.SupportedNeeds, daycare.OpeningDays, null, daycare.PricePerDay.Rupiah)];
        }

        var today = IndonesianTimeZones.LocalDate(now, listing.TimeZone);
        return listing.MobileClinic is { } clinic
            ? [.. listing.Stops.Where(stop => stop.Date >= today).Select(stop => new ServiceDocument(
                stop.Id, listing.Id, listing.Kind, listing.Title, stop.PlaceName, stop.Point.Latitude, stop.Point.Longitude,
                [], [], stop.Date, clinic.PricePerVisit.Rupiah))]
            : [];
    }
}
