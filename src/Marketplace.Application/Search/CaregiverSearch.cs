namespace Marketplace.Application.Search;

/// <summary>What a family asks for: near a point, with skills and languages, under a price, words in name or bio.</summary>
public sealed record CaregiverSearchQuery(
    double Lat,
    double Lon,
    double RadiusKm,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Languages,
    long? MaxRateIdr,
    bool VerifiedOnly,
    string? Text,
    SearchSort Sort,
    int Page,
    int PageSize,
    DateTimeOffset? AvailableAt = null,
    int? Hours = null) : ISearchArea
{
    /// <summary>The visit the caregiver must be free for, when the family gave one.</summary>
    public (DateTimeOffset Start, TimeSpan Duration)? Visit =>
        AvailableAt is { } start && Hours is { } hours ? (start, TimeSpan.FromHours(hours)) : null;
}

public enum SearchSort
{
    Distance,
    Relevance,
    Rating,
    Price,
}

/// <summary>
/// One page of caregivers (<see cref="Page"/> of <see cref="PageSize"/>, as asked), the <see cref="Total"/> that matched,
/// and how many of those have each skill and language.
/// </summary>
public sealed record CaregiverSearchResult(int Total, IReadOnlyList<CaregiverHit> Items, SearchFacets Facets, int Page, int PageSize);

/// <summary>A caregiver found: <see cref="Rating"/> is the mean of <see cref="ReviewCount"/> visible reviews (null without any).</summary>
public sealed record CaregiverHit(
    Guid Id,
    string FullName,
    double DistanceKm,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Languages,
    long HourlyRateIdr,
    double? Rating,
    int ReviewCount,
    bool Verified);

/// <summary>Counts by slug over every match (not only the page shown).</summary>
public sealed record SearchFacets(IReadOnlyDictionary<string, int> Skills, IReadOnlyDictionary<string, int> Languages);
