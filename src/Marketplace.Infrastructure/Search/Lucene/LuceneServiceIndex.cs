using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Marketplace.Application.Search.Services;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// The embedded services index, in <c>services</c> under the index folder: daycares and clinic stops.
/// Filters narrow the candidates; the exact great-circle distance decides who is inside the radius.
/// There are few services (hundreds per region), so every match is read and ordered by distance.
/// </summary>
public sealed class LuceneServiceIndex : IServiceSearchIndex, IDisposable
{
    // Every field is an exact term or a number: no text analysis is needed.
    private readonly KeywordAnalyzer _analyzer = new();
    private readonly LuceneIndexFolder _index;

    /// <param name="indexPath">The index folder (<see cref="SearchOptions.IndexPath"/>).</param>
    /// <param name="clock">The app's clock (commits record their time on it; this index is rebuilt at every start, so nothing replays it).</param>
    /// <param name="commitEvery">The longest a write waits to be durable (<see cref="SearchOptions.CommitEvery"/>).</param>
    public LuceneServiceIndex(string indexPath, TimeProvider clock, TimeSpan commitEvery) =>
        _index = new LuceneIndexFolder(Path.Combine(indexPath, "services"), _analyzer, clock, commitEvery);

    public Task<ServiceSearchResult> SearchAsync(ServiceSearchQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(_index.Read(searcher =>
        {
            var matches = searcher.Search(ServiceFields.Filters(query), Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs
                .Select(match => ServiceFields.ToHit(searcher.Doc(match.Doc), query))
                .Where(hit => hit.DistanceKm <= query.RadiusKm)
                .OrderBy(hit => hit.DistanceKm).ThenBy(hit => hit.Date).ThenBy(hit => hit.StopId ?? hit.ListingId)
                .ToList();
            return new ServiceSearchResult(matches.Count, [.. matches.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)], query.Page, query.PageSize);
        }));

    public Task ReplaceListingAsync(Guid listingId, IReadOnlyList<ServiceDocument> documents, long version, CancellationToken cancellationToken) =>
        _index.ReplaceIfNewerAsync(new Term(ServiceFields.ListingId, listingId.ToString()), documents.Select(ServiceFields.ToLucene), version);

    public Task ReplaceAllAsync(IAsyncEnumerable<ServiceDocument> documents, long version, CancellationToken cancellationToken) =>
        _index.ReplaceAllAsync(documents, ServiceFields.ToLucene, version, cancellationToken);

    public void Dispose()
    {
        _index.Dispose();
        _analyzer.Dispose();
    }
}
