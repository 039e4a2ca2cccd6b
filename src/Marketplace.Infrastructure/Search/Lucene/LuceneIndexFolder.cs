using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marketplace.Application.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// One index folder with its single writer and near-real-time searchers. The folder belongs to this
/// process: several app instances need Elasticsearch. Writes are versioned (see <see cref="ISearchVersionClock"/>):
/// each document carries its version in <see cref="VersionValues"/>, and a write older than what the folder
/// holds for its key is ignored.
/// </summary>
/// <remarks>
/// A write is searchable at once but durable only at the next commit. The searchers reopen from the writer
/// (near-real-time) when a search comes after writes, not at every write: each reopen flushes the writes so far
/// into a small segment that later merges, and when the outbox wrote caregiver after caregiver with no search
/// between them, reopening at each write was two fifths of the dispatcher's time (profile of 2026-12-02). A write
/// becomes durable at the next commit, which comes on a schedule (<see cref="SearchOptions.CommitEvery"/>), after
/// <see cref="CommitAfter"/> writes, after a rebuild and on dispose: a commit makes Lucene sync its files, which
/// cost about a quarter of a booking's time when every write committed. Each commit records when it was taken (<see cref="CommittedAtKey"/>,
/// on the app's clock), so after a crash the writes since then can be done again from the outbox
/// (<see cref="SearchIndexBuilder.ReplayUncommittedAsync"/>).
/// </remarks>
internal sealed class LuceneIndexFolder : IDisposable
{
    public const string VersionValues = "version_dv";

    /// <summary>The commit's user data entry holding when it was taken, as UTC ticks.</summary>
    public const string CommittedAtKey = "committed-at";

    /// <summary>The most writes left uncommitted.</summary>
    public const int CommitAfter = 1_000;

    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly Action<IndexReader>? _warm;
    private readonly TimeProvider _clock;
    private readonly ITimer _commits;
    private int _uncommitted;
    private bool _timerCommitFailed;
    private IndexWriter _writer;
    private SearcherManager _searchers;
    private readonly SemaphoreSlim _oneWriteAtATime = new(1, 1);

    // Counts writes returned to their callers; the searchers see every write up to _visibleGeneration. A search
    // reopens them when they are behind the writes made before it began. Counters rather than a flag, so that a
    // write landing while another search reopens is never taken as seen.
    private long _writtenGeneration;
    private long _visibleGeneration;

    // The versions written since the last commit (which reopens the searchers), so that a write's version check
    // need not reopen them. Written and read under the write lock; at most CommitAfter entries.
    private readonly Dictionary<string, long> _writtenSinceCommit = new(StringComparer.Ordinal);

    // The versions of keys deleted since the last full rebuild, so that an older write arriving after a
    // delete cannot bring the document back. Deletes are rare (a caregiver removing their home, a listing
    // unpublished), and the set empties at every rebuild.
    private readonly Dictionary<string, long> _deleted = new(StringComparer.Ordinal);

    /// <param name="clock">The app's clock: commits record their time on it, as the outbox records when it delivered a message.</param>
    /// <param name="commitEvery">The longest a write waits to be committed.</param>
    /// <param name="warm">Runs on each new reader before any search sees it, to load what searches need from new segments.</param>
    public LuceneIndexFolder(string path, Analyzer analyzer, TimeProvider clock, TimeSpan commitEvery, Action<IndexReader>? warm = null)
    {
        var folder = new DirectoryInfo(path);
        folder.Create();

        // NIOFSDirectory rather than MMapDirectory, which has open crash reports on Lucene.NET 4.8.
        _directory = new StoredFieldsReadAhead(folder);
        _analyzer = analyzer;
        _warm = warm;
        _clock = clock;
        LastCommittedAt = CommittedAt(_directory);
        (_writer, _searchers) = Open();
        _commits = clock.CreateTimer(_ => CommitPending(), null, commitEvery, commitEvery);
    }

    /// <summary>
    /// When the last commit before this process opened the folder was taken: every write made before then
    /// is in the folder; later ones may have been lost with the process. Null for a folder never committed
    /// with a time (new, or of an older version).
    /// </summary>
    public DateTimeOffset? LastCommittedAt { get; }

    /// <summary>The documents searchers see once every change so far is visible.</summary>
    public int Count
    {
        get { return Read(searcher => searcher.IndexReader.NumDocs); }
    }

    /// <summary>Runs <paramref name="read"/> on a searcher that sees every write made before the call, and hands it back.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var written = Volatile.Read(ref _writtenGeneration);
        if (Volatile.Read(ref _visibleGeneration) < written)
        {
            // A blocking refresh waits for one already running, then opens a reader holding every finished write.
            _searchers.MaybeRefreshBlocking();
            SeenUpTo(written);
        }

        return ReadCurrent(read);
    }

    private T ReadCurrent<T>(Func<IndexSearcher, T> read)
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

    /// <summary>
    /// Replaces the documents under <paramref name="key"/> with <paramref name="documents"/> (none deletes
    /// them), unless the folder already holds <paramref name="key"/> at a version at least as high. Searches
    /// see the change when this returns; it is durable at the next commit.
    /// </summary>
    public async Task ReplaceIfNewerAsync(Term key, IEnumerable<Document> documents, long version)
    {
        await _oneWriteAtATime.WaitAsync();
        try
        {
            if (HeldVersion(key) >= version)
            {
                return;
            }

            var versioned = documents.ToList();
            foreach (var document in versioned)
            {
                document.Add(new NumericDocValuesField(VersionValues, version));
            }

            if (versioned.Count == 0)
            {
                _writer.DeleteDocuments(key);
                _deleted[key.Text] = version;
            }
            else
            {
                // One update rather than a delete and adds: a search reopening in between would miss the key.
                _writer.UpdateDocuments(key, versioned);
                _deleted.Remove(key.Text);
                _writtenSinceCommit[key.Text] = version;
            }

            // Counted before any commit, so that a commit that fails still leaves the write to the next search.
            Interlocked.Increment(ref _writtenGeneration);

            // A commit the timer could not make (a full disk) is tried again here, where a failure reaches the outbox.
            if (++_uncommitted >= CommitAfter || _timerCommitFailed)
            {
                Commit();
            }
        }
        finally
        {
            _oneWriteAtATime.Release();
        }
    }

    /// <summary>Replaces every document with <paramref name="documents"/>; other writes wait until it is committed.</summary>
    public async Task ReplaceAllAsync<T>(IAsyncEnumerable<T> documents, Func<T, Document> toLucene, long version, CancellationToken cancellationToken)
    {
        await _oneWriteAtATime.WaitAsync(cancellationToken);
        try
        {
            // What was written before the rebuild is committed first: a failed rebuild rolls back to the last commit.
            if (_uncommitted > 0)
            {
                Commit();
            }

            // Searchers keep the old index until the commit below; documents stream in, never all in memory.
            _writer.DeleteAll();
            try
            {
                await foreach (var item in documents.WithCancellation(cancellationToken))
                {
                    var document = toLucene(item);
                    document.Add(new NumericDocValuesField(VersionValues, version));
                    _writer.AddDocument(document);
                }
            }
            catch
            {
                // Nothing since the last commit may ever be committed now, or a later write would make the
                // half-built index durable. Rolling back closes the writer, so a new one is opened.
                var old = _searchers;
                _writer.Rollback();
                (_writer, _searchers) = Open();
                old.Dispose();
                throw;
            }

            _deleted.Clear();
            Commit();
        }
        finally
        {
            _oneWriteAtATime.Release();
        }
    }

    public void Dispose()
    {
        _commits.Dispose();
        _oneWriteAtATime.Wait();
        if (_uncommitted > 0)
        {
            Commit();
        }

        _oneWriteAtATime.Dispose();
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private (IndexWriter Writer, SearcherManager Searchers) Open()
    {
        var writer = new IndexWriter(_directory, new IndexWriterConfig(IndonesianSearchAnalyzer.Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,

            // Fewer, larger segments while a whole index is built; searches then visit fewer segments. Files
            // stay apart rather than being copied into compound files (a third of the commit time at 100,000).
            RAMBufferSizeMB = 64,
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        });
        writer.Commit();
        return (writer, new SearcherManager(writer, applyAllDeletes: true, new WarmingSearcherFactory(_warm)));
    }

    /// <summary>When the folder's last commit was taken, from its user data; null when it has none.</summary>
    private static DateTimeOffset? CommittedAt(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return null;
        }

        var commit = new SegmentInfos();
        commit.Read(directory);
        return commit.UserData.TryGetValue(CommittedAtKey, out var ticks)
            ? new DateTimeOffset(long.Parse(ticks, CultureInfo.InvariantCulture), TimeSpan.Zero)
            : null;
    }

    /// <summary>The version the folder holds for <paramref name="key"/>: its documents', or its delete's; -1 when it never saw it.</summary>
    private long HeldVersion(Term key)
    {
        if (_deleted.TryGetValue(key.Text, out var deletedAt))
        {
            return deletedAt;
        }

        if (_writtenSinceCommit.TryGetValue(key.Text, out var writtenAt))
        {
            return writtenAt;
        }

        // Every write before the last commit is in the current searcher: the commit reopened it.
        return ReadCurrent(searcher =>
        {
            var found = searcher.Search(new TermQuery(key), 1).ScoreDocs;
            return found.Length == 0 ? -1 : MultiDocValues.GetNumericValues(searcher.IndexReader, VersionValues)?.Get(found[0].Doc) ?? -1;
        });
    }

    /// <summary>Commits what the timer found uncommitted; a write in progress commits at the next tick.</summary>
    private void CommitPending()
    {
        if (!_oneWriteAtATime.Wait(TimeSpan.Zero))
        {
            return;
        }

        try
        {
            if (_uncommitted > 0)
            {
                Commit();
            }
        }
        catch (Exception)
        {
            _timerCommitFailed = true;
        }
        finally
        {
            _oneWriteAtATime.Release();
        }
    }

    /// <summary>
    /// Makes the writer's changes durable and visible to the next search (and to <see cref="HeldVersion"/>).
    /// Called under the write lock, so the time recorded is after every write the commit holds.
    /// </summary>
    private void Commit()
    {
        _writer.SetCommitData(new Dictionary<string, string> { [CommittedAtKey] = _clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture) });
        _writer.Commit();
        _uncommitted = 0;
        _timerCommitFailed = false;
        _searchers.MaybeRefreshBlocking();
        SeenUpTo(Volatile.Read(ref _writtenGeneration));
        _writtenSinceCommit.Clear();
    }

    /// <summary>Records that the searchers see every write up to <paramref name="generation"/>; never moves back.</summary>
    private void SeenUpTo(long generation)
    {
        var seen = Volatile.Read(ref _visibleGeneration);
        while (seen < generation)
        {
            var was = Interlocked.CompareExchange(ref _visibleGeneration, generation, seen);
            if (was == seen)
            {
                return;
            }

            seen = was;
        }
    }

    private sealed class WarmingSearcherFactory(Action<IndexReader>? warm) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            warm?.Invoke(reader);
            return base.NewSearcher(reader);
        }
    }
}
