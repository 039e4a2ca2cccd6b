using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// One index folder with its single writer and near-real-time searchers. The folder belongs to this
/// process: several app instances need a folder each, or Elasticsearch.
/// </summary>
internal sealed class LuceneIndexFolder : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly SearcherManager _searchers;

    public LuceneIndexFolder(string path, Analyzer analyzer)
    {
        var folder = new DirectoryInfo(path);
        folder.Create();

        // NIOFSDirectory rather than MMapDirectory, which has open crash reports on Lucene.NET 4.8.
        _directory = new NIOFSDirectory(folder);
        Writer = new IndexWriter(_directory, new IndexWriterConfig(IndonesianSearchAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
        });
        Writer.Commit();
        _searchers = new SearcherManager(Writer, applyAllDeletes: true, searcherFactory: null);
    }

    public IndexWriter Writer { get; }

    /// <summary>The documents searchers see once every change so far is visible.</summary>
    public int Count
    {
        get
        {
            _searchers.MaybeRefreshBlocking();
            return Read(searcher => searcher.IndexReader.NumDocs);
        }
    }

    /// <summary>Runs <paramref name="read"/> on the current searcher and hands the searcher back.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Makes the writer's changes durable and visible to the next search.</summary>
    public Task CommitAsync()
    {
        Writer.Commit();
        _searchers.MaybeRefreshBlocking();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _searchers.Dispose();
        Writer.Dispose();
        _directory.Dispose();
    }
}
