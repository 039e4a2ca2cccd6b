using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// Which documents of a segment hold a word (one clause of <see cref="LuceneCaregiverQuery.Text"/>), kept
/// as a bit set per segment, the way Lucene's own filter cache keeps filters: families search with a
/// small vocabulary, and reading a common word's postings costs more than the rest of a search. Segments
/// never change, so an entry never goes stale; a segment keeps at most <see cref="PerSegment"/> words and
/// starts afresh when full. The sets are shared: callers only read them.
/// </summary>
internal static class WordFilters
{
    private const int PerSegment = 512;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, FixedBitSet>> BySegment = [];

    public static FixedBitSet Of(IndexSearcher searcher, AtomicReaderContext context, Query clause)
    {
        var words = BySegment.GetValue(context.AtomicReader.CoreCacheKey, _ => new ConcurrentDictionary<string, FixedBitSet>(StringComparer.Ordinal));
        var key = clause.ToString();
        if (words.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (words.Count >= PerSegment)
        {
            words.Clear();
        }

        // Deleted documents are included: they are ruled out by the live documents at search time.
        var docs = new FixedBitSet(context.AtomicReader.MaxDoc);
        var scorer = searcher.CreateNormalizedWeight(clause).GetScorer(context, acceptDocs: null);
        if (scorer is not null)
        {
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                docs.Set(doc);
            }
        }

        return words.GetOrAdd(key, docs);
    }
}
