using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marketplace.Application.Search.Services;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// The embedded services index, in <c>services</c> under the index folder: daycares and clinic stops.
/// Filters narrow the candidates; the exact great-circle distance decides who is inside the radius.
/// There are few services (hundreds per region), so every match is read and ordered by distance.
/// </summary>
public sealed class LuceneServiceIndex : IServiceSearchIndex, IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    public LuceneServiceIndex(string indexPath)
    {
        var folder = new DirectoryInfo(Path.Combine(indexPath, "services"));
        folder.Create();
        _directory = new NIOFSDirectory(folder);

        // Every field is an exact term or a number: no text analysis is needed.
        _writer = new IndexWriter(_directory, new IndexWriterConfig(IndonesianSearchAnalyzer.Version, new KeywordAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
        });
        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    public Task<ServiceSearchResult> SearchAsync(ServiceSearchQuery query, CancellationToken cancellationToken)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var matches = searcher.Search(ServiceFields.Filters(query), Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs
                .Select(match => ServiceFields.ToHit(searcher.Doc(match.Doc), query))
                .Where(hit => hit.DistanceKm <= query.RadiusKm)
                .OrderBy(hit => hit.DistanceKm).ThenBy(hit => hit.Date).ThenBy(hit => hit.StopId ?? hit.ListingId)
                .ToList();
            return Task.FromResult(new ServiceSearchResult(
                matches.Count, [.. matches.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)]));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public Task ReplaceListingAsync(Guid listingId, IReadOnlyList<ServiceDocument> documents, CancellationToken cancellationToken)
    {
        _writer.DeleteDocuments(new Term(ServiceFields.ListingId, listingId.ToString()));
        foreach (var document in documents)
        {
            _writer.AddDocument(ServiceFields.ToLucene(document));
        }

        return CommitAsync();
    }

    public async Task ReplaceAllAsync(IAsyncEnumerable<ServiceDocument> documents, CancellationToken cancellationToken)
    {
        _writer.DeleteAll();
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            _writer.AddDocument(ServiceFields.ToLucene(document));
        }

        await CommitAsync();
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private Task CommitAsync()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
        return Task.CompletedTask;
    }
}
