using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>
/// What a search reads back of a caregiver: the fields <see cref="CaregiverSearchRequest"/> names in <c>_source</c>.
/// Absent lists and counts read as empty and zero.
/// </summary>
internal sealed record CaregiverSummary(
    Guid Id, string Name, LatLon Location, IReadOnlyList<string>? Skills, IReadOnlyList<string>? Languages, long HourlyRateIdr, double? Rating, int ReviewCount, bool Verified)
{
    /// <summary>The fields read, as <c>_source</c> includes.</summary>
    public static readonly string[] Fields = ["id", "name", "location", "skills", "languages", "hourlyRateIdr", "rating", "reviewCount", "verified"];

    /// <summary>A hit as the port returns it; the distance is computed as the embedded engine does, from the stored point.</summary>
    public CaregiverHit ToHit(CaregiverSearchQuery query) => new(
        Id,
        Name,
        Math.Round(Distance.Km(query.Lat, query.Lon, Location.Lat, Location.Lon), 3),
        Skills ?? [],
        Languages ?? [],
        HourlyRateIdr,
        Rating,
        ReviewCount,
        Verified);
}
