using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// Runs a caregiver search over the segments' columns (<see cref="SegmentColumns"/>): only the grid cells
/// the search's bounding box touches are visited; skills, languages, verification and price are bit and
/// number tests; the great-circle test decides the family's radius and the caregiver's own; the visit,
/// when asked, is checked last against the caregiver's indexed schedule. Every match is counted for the
/// total and the facets; only the page's worth is kept in order, and stored fields are read for the page
/// alone. Words, when given, are found by Lucene's own text query, per segment.
/// </summary>
internal sealed class CaregiverScan
{
    private readonly CaregiverSearchQuery _search;
    private readonly IndexSearcher _searcher;
    private readonly BooleanQuery? _text;
    private readonly Weight? _relevance;
    private readonly double _limit;
    private readonly long _maxRate;
    private readonly (DateTimeOffset Start, TimeSpan Duration)? _visit;
    private readonly (long From, long To) _latCells;
    private readonly (long From, long To) _lonCells;
    private readonly (double Sin, double Cos) _lat;
    private readonly (double Sin, double Cos) _lon;
    private readonly Dictionary<string, int> _skillCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _languageCounts = new(StringComparer.Ordinal);
    private readonly BytesRef _schedule = new();
    private readonly TopMatches _top;
    private int _total;

    private CaregiverScan(IndexSearcher searcher, BooleanQuery? text, CaregiverSearchQuery search)
    {
        _search = search;
        _searcher = searcher;
        _text = text;
        _relevance = text is not null && search.Sort == SearchSort.Relevance ? searcher.CreateNormalizedWeight(text) : null;
        _limit = GreatCircle.Term(search.RadiusKm);
        _maxRate = search.MaxRateIdr ?? long.MaxValue;
        _visit = search.Visit;
        var box = Distance.BoundingBox(search.Lat, search.Lon, search.RadiusKm);
        _latCells = (SegmentColumns.CellIndex(box.MinLat), SegmentColumns.CellIndex(box.MaxLat));
        _lonCells = (SegmentColumns.CellIndex(box.MinLon), SegmentColumns.CellIndex(box.MaxLon));
        _lat = Math.SinCos(GreatCircle.Radians(search.Lat));
        _lon = Math.SinCos(GreatCircle.Radians(search.Lon));
        _top = new TopMatches(search.Page * search.PageSize);
    }

    public static CaregiverSearchResult Run(IndexSearcher searcher, BooleanQuery? text, CaregiverSearchQuery search)
    {
        var scan = new CaregiverScan(searcher, text, search);
        var leaves = searcher.IndexReader.Leaves;
        var columns = new SegmentColumns[leaves.Count];
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            columns[leaf] = SegmentColumns.Of(leaves[leaf].AtomicReader);
            scan.Segment(leaf, leaves[leaf], columns[leaf]);
        }

        var page = scan._top.InOrder().Skip((search.Page - 1) * search.PageSize).Select(match =>
        {
            var segment = columns[match.Leaf];
            var km = Distance.Km(search.Lat, search.Lon, segment.Lat[match.Position], segment.Lon[match.Position]);
            return CaregiverFields.ToHit(searcher.Doc(leaves[match.Leaf].DocBase + segment.Docs[match.Position]), Math.Round(km, 3));
        }).ToList();
        return new CaregiverSearchResult(scan._total, page, new SearchFacets(scan._skillCounts, scan._languageCounts), search.Page, search.PageSize);
    }

    private void Segment(int leaf, AtomicReaderContext context, SegmentColumns columns)
    {
        var need = 0UL;
        foreach (var skill in _search.Skills)
        {
            var bit = SegmentColumns.BitOf(columns.SkillNames, skill);
            if (bit == 0)
            {
                return;
            }

            need |= bit;
        }

        var anyLanguage = _search.Languages.Aggregate(0UL, (bits, language) => bits | SegmentColumns.BitOf(columns.LanguageNames, language));
        if (_search.Languages.Count > 0 && anyLanguage == 0)
        {
            return;
        }

        var reader = context.AtomicReader;
        var (words, scores) = TextMatches(context);
        if (_text is not null && words is null)
        {
            return;
        }

        var live = reader.LiveDocs;
        var schedules = _visit is null ? null : reader.GetBinaryDocValues(CaregiverFields.ScheduleValues);
        var skillCounts = new int[columns.SkillNames.Count];
        var languageCounts = new int[columns.LanguageNames.Count];
        for (var latCell = _latCells.From; latCell <= _latCells.To; latCell++)
        {
            for (var lonCell = _lonCells.From; lonCell <= _lonCells.To; lonCell++)
            {
                if (!columns.Cells.TryGetValue(SegmentColumns.CellKey(latCell, lonCell), out var cell))
                {
                    continue;
                }

                for (var position = cell.Start; position < cell.End; position++)
                {
                    var doc = columns.Docs[position];
                    if ((columns.Skills[position] & need) != need
                        || (anyLanguage != 0 && (columns.Languages[position] & anyLanguage) == 0)
                        || (_search.VerifiedOnly && !columns.Verified[position])
                        || columns.Rate[position] > _maxRate
                        || (live is not null && !live.Get(doc))
                        || (words is not null && !words.Get(doc)))
                    {
                        continue;
                    }

                    var term = GreatCircle.Term(
                        _lat.Sin, _lat.Cos, _lon.Sin, _lon.Cos, columns.SinLat[position], columns.CosLat[position], columns.SinLon[position], columns.CosLon[position]);
                    if (!Reaches(columns, position, term) || (schedules is not null && !IsFree(schedules, doc)))
                    {
                        continue;
                    }

                    _total++;
                    Count(columns.Skills[position], skillCounts);
                    Count(columns.Languages[position], languageCounts);
                    var primary = TopMatches.Primary(_search.Sort, columns.Rate[position], columns.Rating[position], scores?[doc] ?? 0);
                    _top.Offer(new RankedMatch(primary, term, columns.Ids[position], leaf, position));
                }
            }
        }

        AddUp(skillCounts, columns.SkillNames, _skillCounts);
        AddUp(languageCounts, columns.LanguageNames, _languageCounts);
    }

    /// <summary>Inside the family's radius and the caregiver's own; close calls go to the exact distance.</summary>
    private bool Reaches(SegmentColumns columns, int position, double term)
    {
        var limit = Math.Min(_limit, columns.Reach[position]);
        if (term > limit + GreatCircle.Margin)
        {
            return false;
        }

        if (term < limit - GreatCircle.Margin)
        {
            return true;
        }

        var km = Distance.Km(_search.Lat, _search.Lon, columns.Lat[position], columns.Lon[position]);
        return km <= _search.RadiusKm && km <= columns.RadiusKm[position];
    }

    private bool IsFree(BinaryDocValues schedules, int doc)
    {
        schedules.Get(doc, _schedule);
        return CaregiverFields.IsAvailable(_schedule.Bytes.AsSpan(_schedule.Offset, _schedule.Length), _visit!.Value);
    }

    /// <summary>
    /// The segment's documents that have every word (null when no words were asked, or none match), and
    /// their scores when ordering by relevance. Without relevance, each word's documents come from
    /// <see cref="WordFilters"/>.
    /// </summary>
    private (FixedBitSet? Words, float[]? Scores) TextMatches(AtomicReaderContext context)
    {
        if (_text is null)
        {
            return (null, null);
        }

        if (_relevance is null)
        {
            var clauses = _text.Clauses.Select(clause => WordFilters.Of(_searcher, context, clause.Query)).ToList();
            if (clauses.Count == 1)
            {
                return (clauses[0], null);
            }

            var all = clauses[0].Clone();
            foreach (var clause in clauses.Skip(1))
            {
                all.And(clause);
            }

            return (all, null);
        }

        var scorer = _relevance.GetScorer(context, context.AtomicReader.LiveDocs);
        if (scorer is null)
        {
            return (null, null);
        }

        var words = new FixedBitSet(context.AtomicReader.MaxDoc);
        var scores = new float[context.AtomicReader.MaxDoc];
        for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
        {
            words.Set(doc);
            scores[doc] = scorer.GetScore();
        }

        return (words, scores);
    }

    private static void Count(ulong bits, int[] counts)
    {
        for (; bits != 0; bits &= bits - 1)
        {
            counts[BitOperations.TrailingZeroCount(bits)]++;
        }
    }

    private static void AddUp(int[] counts, IReadOnlyList<string> names, Dictionary<string, int> totals)
    {
        for (var bit = 0; bit < counts.Length; bit++)
        {
            if (counts[bit] > 0)
            {
                totals[names[bit]] = totals.GetValueOrDefault(names[bit]) + counts[bit];
            }
        }
    }
}
