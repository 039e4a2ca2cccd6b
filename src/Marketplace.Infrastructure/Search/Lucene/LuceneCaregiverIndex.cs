using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// The embedded search engine: a Lucene.NET index in <c>caregivers-v4</c> under the index folder (<see cref="SearchOptions"/>).
/// Searches scan the columns of the grid cells near the point (<see cref="CaregiverScan"/>); results equal a full scan's.
/// </summary>
public sealed class LuceneCaregiverIndex : ICaregiverSearchIndex, IDisposable
{
    private static readonly string[] OlderLayouts = ["caregivers", "caregivers-v2", "caregivers-v3"];

    private readonly Analyzer _analyzer;
    private readonly LuceneIndexFolder _index;

    /// <param name="indexPath">The index folder (<see cref="SearchOptions.IndexPath"/>).</param>
    /// <param name="clock">The app's clock, which the outbox also records deliveries on.</param>
    /// <param name="commitEvery">The longest a write waits to be durable (<see cref="SearchOptions.CommitEvery"/>).</param>
    public LuceneCaregiverIndex(string indexPath, TimeProvider clock, TimeSpan commitEvery)
    {
        _analyzer = new PerFieldAnalyzerWrapper(
            new IndonesianSearchAnalyzer(),
            new Dictionary<string, Analyzer> { [CaregiverFields.TextEn] = new EnglishAnalyzer(IndonesianSearchAnalyzer.Version) });

        // The folder is versioned with the document layout: a new layout starts empty and is rebuilt at start,
        // and the folders of older layouts go. Each new searcher reads the columns of its new segments
        // before searches see it.
        foreach (var older in OlderLayouts.Select(name => Path.Combine(indexPath, name)).Where(Directory.Exists))
        {
            Directory.Delete(older, recursive: true);
        }

        _index = new LuceneIndexFolder(Path.Combine(indexPath, "caregivers-v4"), _analyzer, clock, commitEvery, reader =>
        {
            foreach (var leaf in reader.Leaves)
            {
                SegmentColumns.Of(leaf.AtomicReader);
            }
        });
    }

    /// <summary>When the folder's last commit before this process was taken (<see cref="LuceneIndexFolder.LastCommittedAt"/>).</summary>
    public DateTimeOffset? LastCommittedAt => _index.LastCommittedAt;

    public Task<CaregiverSearchResult> SearchAsync(CaregiverSearchQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(_index.Read(searcher => CaregiverScan.Run(searcher, LuceneCaregiverQuery.Text(query, Analyze), query)));

    public Task UpsertAsync(CaregiverDocument document, long version, CancellationToken cancellationToken) =>
        _index.ReplaceIfNewerAsync(KeyOf(document.Id), [CaregiverFields.ToLucene(document)], version);

    public Task DeleteAsync(Guid caregiverId, long version, CancellationToken cancellationToken) =>
        _index.ReplaceIfNewerAsync(KeyOf(caregiverId), [], version);

    public Task ReplaceAllAsync(IAsyncEnumerable<CaregiverDocument> documents, long version, CancellationToken cancellationToken) =>
        _index.ReplaceAllAsync(documents, CaregiverFields.ToLucene, version, cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken) => Task.FromResult<long>(_index.Count);

    public void Dispose()
    {
        _index.Dispose();
        _analyzer.Dispose();
    }

    private static Term KeyOf(Guid caregiverId) => new(CaregiverFields.Id, caregiverId.ToString());

    /// <summary>The terms <paramref name="text"/> becomes in <paramref name="field"/>, as the index analysed it.</summary>
    private IReadOnlyList<string> Analyze(string field, string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
