using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// Which caregivers of a segment hold a word (one clause of <see cref="LuceneCaregiverQuery.Text"/>), kept
/// as a bit per position of <see cref="SegmentColumns"/> (so the scan ANDs it with its other filters 64 at a
/// time), the way Lucene's own filter cache keeps filters: families search with a small vocabulary, and
/// reading a common word's postings costs more than the rest of a search. Segments never change, so an
/// entry never goes stale; a segment keeps at most <see cref="PerSegment"/> words and starts afresh when
/// full. The sets are shared: callers only read them.
/// </summary>
internal static class WordFilters
{
    private const int PerSegment = 512;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, ulong[]>> BySegment = [];

    public static ulong[] Of(IndexSearcher searcher, AtomicReaderContext context, SegmentColumns columns, Query clause)
    {
        var words = BySegment.GetValue(context.AtomicReader.CoreCacheKey, _ => new ConcurrentDictionary<string, ulong[]>(StringComparer.Ordinal));
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
        return words.GetOrAdd(key, Positions(searcher.CreateNormalizedWeight(clause).GetScorer(context, acceptDocs: null), columns, null));
    }

    /// <summary>The positions of the documents <paramref name="scorer"/> finds, and each document's score when <paramref name="scores"/> is given.</summary>
    public static ulong[] Positions(Scorer? scorer, SegmentColumns columns, float[]? scores)
    {
        var positions = new ulong[SegmentColumns.Words(columns.Count)];
        if (scorer is null)
        {
            return positions;
        }

        for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
        {
            var position = columns.PositionOf[doc];
            positions[position >> 6] |= 1UL << position;
            if (scores is not null)
            {
                scores[doc] = scorer.GetScore();
            }
        }

        return positions;
    }
}
