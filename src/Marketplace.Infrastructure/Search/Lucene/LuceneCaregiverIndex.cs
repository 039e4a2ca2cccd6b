using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marketplace.Application.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// The embedded search engine: a Lucene.NET index in <c>caregivers-v2</c> under the index folder (<see cref="SearchOptions"/>). Filters narrow
/// the candidates (a bounding box around the point, skills, languages, price, verification); the exact
/// great-circle distance then decides who is inside the radius, so results equal a full scan's.
/// </summary>
public sealed class LuceneCaregiverIndex : ICaregiverSearchIndex, IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    public LuceneCaregiverIndex(string indexPath)
    {
        // The folder is versioned with the document layout: a new layout starts empty and is rebuilt at start.
        var folder = new DirectoryInfo(Path.Combine(indexPath, "caregivers-v2"));
        folder.Create();

        // NIOFSDirectory rather than MMapDirectory, which has open crash reports on Lucene.NET 4.8.
        _directory = new NIOFSDirectory(folder);
        _analyzer = new PerFieldAnalyzerWrapper(
            new IndonesianSearchAnalyzer(),
            new Dictionary<string, Analyzer> { [CaregiverFields.TextEn] = new EnglishAnalyzer(IndonesianSearchAnalyzer.Version) });
        _writer = new IndexWriter(_directory, new IndexWriterConfig(IndonesianSearchAnalyzer.Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
        });
        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    public int Count
    {
        get
        {
            _searchers.MaybeRefreshBlocking();
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    public Task<CaregiverSearchResult> SearchAsync(CaregiverSearchQuery query, CancellationToken cancellationToken)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return Task.FromResult(CaregiverQueryRunner.Run(searcher, LuceneCaregiverQuery.Build(query, Analyze), query));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public Task UpsertAsync(CaregiverDocument document, CancellationToken cancellationToken)
    {
        _writer.UpdateDocument(new Term(CaregiverFields.Id, document.Id.ToString()), CaregiverFields.ToLucene(document));
        return CommitAsync();
    }

    public Task DeleteAsync(Guid caregiverId, CancellationToken cancellationToken)
    {
        _writer.DeleteDocuments(new Term(CaregiverFields.Id, caregiverId.ToString()));
        return CommitAsync();
    }

    public async Task ReplaceAllAsync(IAsyncEnumerable<CaregiverDocument> documents, CancellationToken cancellationToken)
    {
        // Searchers keep the old index until the commit below; documents stream in, never all in memory.
        _writer.DeleteAll();
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            _writer.AddDocument(CaregiverFields.ToLucene(document));
        }

        await CommitAsync();
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private Task CommitAsync()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
        return Task.CompletedTask;
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
