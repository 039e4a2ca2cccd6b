using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// The embedded search engine: a Lucene.NET index in <c>caregivers-v2</c> under the index folder (<see cref="SearchOptions"/>). Filters narrow
/// the candidates (a bounding box around the point, skills, languages, price, verification); the exact
/// great-circle distance then decides who is inside the radius, so results equal a full scan's.
/// </summary>
public sealed class LuceneCaregiverIndex : ICaregiverSearchIndex, IDisposable
{
    private readonly Analyzer _analyzer;
    private readonly LuceneIndexFolder _index;

    public LuceneCaregiverIndex(string indexPath)
    {
        _analyzer = new PerFieldAnalyzerWrapper(
            new IndonesianSearchAnalyzer(),
            new Dictionary<string, Analyzer> { [CaregiverFields.TextEn] = new EnglishAnalyzer(IndonesianSearchAnalyzer.Version) });

        // The folder is versioned with the document layout: a new layout starts empty and is rebuilt at start.
        _index = new LuceneIndexFolder(Path.Combine(indexPath, "caregivers-v2"), _analyzer);
    }

    public int Count => _index.Count;

    public Task<CaregiverSearchResult> SearchAsync(CaregiverSearchQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(_index.Read(searcher => CaregiverQueryRunner.Run(searcher, LuceneCaregiverQuery.Build(query, Analyze), query)));

    public Task UpsertAsync(CaregiverDocument document, CancellationToken cancellationToken)
    {
        _index.Writer.UpdateDocument(new Term(CaregiverFields.Id, document.Id.ToString()), CaregiverFields.ToLucene(document));
        return _index.CommitAsync();
    }

    public Task DeleteAsync(Guid caregiverId, CancellationToken cancellationToken)
    {
        _index.Writer.DeleteDocuments(new Term(CaregiverFields.Id, caregiverId.ToString()));
        return _index.CommitAsync();
    }

    public async Task ReplaceAllAsync(IAsyncEnumerable<CaregiverDocument> documents, CancellationToken cancellationToken)
    {
        // Searchers keep the old index until the commit below; documents stream in, never all in memory.
        _index.Writer.DeleteAll();
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            _index.Writer.AddDocument(CaregiverFields.ToLucene(document));
        }

        await _index.CommitAsync();
    }

    public void Dispose()
    {
        _index.Dispose();
        _analyzer.Dispose();
    }

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
