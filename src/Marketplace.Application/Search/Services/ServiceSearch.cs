using Marketplace.Application.Listings;

namespace Marketplace.Application.Search.Services;

/// <summary>
/// Daycares near a point that support every need given and are open on <see cref="Date"/>; or mobile
/// clinic stops near a point on <see cref="Date"/>. Nearest first.
/// </summary>
/// <param name="NotBefore">Clinic stops before this date are over; the use case sets it to today.</param>
public sealed record ServiceSearchQuery(
    ListingKind Kind, double Lat, double Lon, double RadiusKm, IReadOnlyList<string> Needs, DateOnly? Date, int Page, int PageSize,
    DateOnly? NotBefore = null) : ISearchArea;

public sealed record ServiceHit(
    Guid ListingId, Guid? StopId, ListingKind Kind, string Title, string? PlaceName, DateOnly? Date, double DistanceKm, long PriceIdr,
    IReadOnlyList<string> Needs);

/// <summary>One page of services (<see cref="Page"/> of <see cref="PageSize"/>, as asked) and the <see cref="Total"/> that matched.</summary>
public sealed record ServiceSearchResult(int Total, IReadOnlyList<ServiceHit> Items, int Page, int PageSize);

/// <summary>The services half of the search port: read from the index, kept true by outbox messages, rebuildable.</summary>
public interface IServiceSearchIndex
{
    Task<ServiceSearchResult> SearchAsync(ServiceSearchQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces every document of the listing with <paramref name="documents"/> (none removes it), unless the
    /// index holds the listing at a version at least as high (see <see cref="ISearchVersionClock"/>).
    /// </summary>
    Task ReplaceListingAsync(Guid listingId, IReadOnlyList<ServiceDocument> documents, long version, CancellationToken cancellationToken);

    /// <summary>Replaces the whole index with <paramref name="documents"/>, read after <paramref name="version"/> was taken.</summary>
    Task ReplaceAllAsync(IAsyncEnumerable<ServiceDocument> documents, long version, CancellationToken cancellationToken);
}
