using Marketplace.Application.Listings;
using Marketplace.Application.Search;
using Marketplace.Application.Search.Services;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>
/// A daycare or clinic stop as stored in the index (<c>_source</c>), in camelCase as <see cref="ServiceMapping"/>
/// names the fields. <c>kind</c> and <c>openingDays</c> are names (<c>MobileClinic</c>, <c>Monday</c>); <c>version</c>
/// is the write's version, kept in the source too so a replacement of the listing can remove older documents.
/// </summary>
internal sealed record ServiceSource(
    Guid Id,
    Guid ListingId,
    string Kind,
    string Title,
    string? PlaceName,
    LatLon Location,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> OpeningDays,
    DateOnly? Date,
    long PriceIdr,
    long Version)
{
    public static ServiceSource Of(ServiceDocument service, long version) => new(
        service.Id,
        service.ListingId,
        service.Kind.ToString(),
        service.Title,
        service.PlaceName,
        new LatLon(service.Lat, service.Lon),
        service.Needs,
        [.. service.OpeningDays.Select(day => day.ToString())],
        service.Date,
        service.PriceIdr,
        version);

    /// <summary>A hit as the port returns it: a stop carries its own id, a daycare only its listing's.</summary>
    public ServiceHit ToHit(ServiceSearchQuery search) => new(
        ListingId,
        Id == ListingId ? null : Id,
        Enum.Parse<ListingKind>(Kind),
        Title,
        PlaceName,
        Date,
        Math.Round(Distance.Km(search.Lat, search.Lon, Location.Lat, Location.Lon), 3),
        PriceIdr,
        Needs);
}
