using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// Runs a caregiver search over the segments' columns (<see cref="SegmentColumns"/>): only the grid cells
/// the search's radius can reach are visited; in each, skills, languages, verification, words, the price cap
/// (<see cref="RateBands"/>) and a visit on half hours (<see cref="FreeTimeSets"/>) are ANDed as bit sets 64
/// caregivers at a time. The sets tell who surely passes and who may; those who may are judged one by one: price,
/// their schedule (<see cref="ScheduleColumns"/>), and, outside cells wholly within both radii, the great-circle
/// test for the family's radius and the caregiver's own. Every match is counted for the total and the facets;
/// only the page's worth is kept in order, and stored fields are read for the page alone. Words are
/// found by Lucene's own text query, per segment (<see cref="WordFilters"/>).
/// </summary>
internal sealed class CaregiverScan
{
    private const double CellMarginKm = 0.05;

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
    private readonly double _reachableTerm;
    private readonly double _insideTerm;
    private readonly (double Sin, double Cos)[] _latLines = new (double, double)[SearchGrid.PartsPerSide + 1];
    private readonly (double Sin, double Cos)[] _lonLines = new (double, double)[SearchGrid.PartsPerSide + 1];
    private readonly Dictionary<string, int> _skillCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _languageCounts = new(StringComparer.Ordinal);
    private readonly TopMatches _top;
    private int _total;
    private int _cells;
    private long _candidates;

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
        _latCells = (SearchGrid.CellIndex(box.MinLat), SearchGrid.CellIndex(box.MaxLat));
        _lonCells = (SearchGrid.CellIndex(box.MinLon), SearchGrid.CellIndex(box.MaxLon));
        _lat = Math.SinCos(GreatCircle.Radians(search.Lat));
        _lon = Math.SinCos(GreatCircle.Radians(search.Lon));
        _reachableTerm = GreatCircle.Term(search.RadiusKm + CellMarginKm);
        _insideTerm = search.RadiusKm > CellMarginKm ? GreatCircle.Term(search.RadiusKm - CellMarginKm) : -1;
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

        SearchMetrics.CellsVisited.Record(scan._cells);
        SearchMetrics.CandidatesJudged.Record(scan._candidates);
        var page = scan._top.InOrder().Skip((search.Page - 1) * search.PageSize).Select(match =>
        {
            var segment = columns[match.Leaf];
            var km = Distance.Km(search.Lat, search.Lon, segment.Lat[match.Position], segment.Lon[match.Position]);
            return CaregiverFields.ToHit(searcher.Doc(leaves[match.Leaf].DocBase + segment.Rows[match.Position].Doc), Math.Round(km, 3));
        }).ToList();
        return new CaregiverSearchResult(scan._total, page, new SearchFacets(scan._skillCounts, scan._languageCounts), search.Page, search.PageSize);
    }

    private void Segment(int leaf, AtomicReaderContext context, SegmentColumns columns)
    {
        if (columns.Count == 0 || Filters(context, columns) is not { } filters)
        {
            return;
        }

        var (allOf, anyOf, scores) = filters;
        var live = context.AtomicReader.LiveDocs;
        var rateCap = _maxRate == long.MaxValue ? null : columns.Rates.Cap(_maxRate);
        var visit = _visit is { } asked ? columns.Schedules.Times(asked) : null;
        var visitSets = visit is null ? null : columns.Schedules.SetsFor(visit);

        // Deleted documents and visits off the half hours are known one by one only: nobody is counted unjudged.
        var setsDecide = live is null && (visit is null || visitSets is not null);
        var skillCounts = new int[columns.SkillNames.Count];
        var languageCounts = new int[columns.LanguageNames.Count];
        var ranges = ReachableRanges(columns);
        var parts = new List<VisitedRange>();
        for (int next = 0, nextPart = 0; next < ranges.Count || nextPart < parts.Count;)
        {
            var (cell, nearKm, whole, crowded) = nextPart < parts.Count ? parts[nextPart++] : ranges[next++];

            // In a cell (or part) wholly inside the family's radius and every one of its caregivers' own, those the
            // sets say surely match are counted from the sets; they are read one by one only if one may make the page.
            var mayMakeThePage = _search.Sort != SearchSort.Distance || _top.MayKeep(0, GreatCircle.Term(Math.Max(0, nearKm - CellMarginKm)));
            if (crowded is { } split && mayMakeThePage && MayMatch(cell) > SearchGrid.SplitAbove)
            {
                // A crowded cell that may make the page, with more caregivers the sets leave than are worth reading one
                // by one, is read part by part, nearest first, in its place: its nearest parts fill the page and the rest
                // are only counted. Farther crowded cells are counted whole.
                // Only a cell of the ranges is expanded, so the parts of the last one are all read by now.
                parts.Clear();
                nextPart = 0;
                AddReachableParts(split.Cell, split.South, split.West, parts);
                parts.Sort((a, b) => a.NearKm.CompareTo(b.NearKm));
                continue;
            }

            _cells++;
            for (var word = cell.Start >> 6; word <= (cell.End - 1) >> 6; word++)
            {
                var (bits, sure) = Judge(word, cell);
                if (whole)
                {
                    CountWhole(word, sure, columns, skillCounts, languageCounts);
                    if (!mayMakeThePage)
                    {
                        bits &= ~sure;
                    }
                }

                for (; bits != 0; bits &= bits - 1)
                {
                    _candidates++;
                    var bit = BitOperations.TrailingZeroCount(bits);
                    var position = (word << 6) | bit;
                    ref readonly var row = ref columns.Rows[position];
                    var undecided = (sure & (1UL << bit)) == 0;
                    if (undecided && (row.RateIdr > _maxRate || (live is not null && !live.Get(row.Doc))))
                    {
                        continue;
                    }

                    var term = GreatCircle.Term(_lat.Sin, _lat.Cos, _lon.Sin, _lon.Cos, row.SinLat, row.CosLat, row.SinLon, row.CosLon);
                    if ((!whole && !Reaches(columns, position, row.Reach, term))
                        || (undecided && visit is not null && !columns.Schedules.IsFree(position, visit)))
                    {
                        continue;
                    }

                    if (!whole || undecided)
                    {
                        _total++;
                        Count(row.Skills, skillCounts);
                        Count(row.Languages, languageCounts);
                    }

                    var primary = TopMatches.Primary(_search.Sort, row.RateIdr, columns.Rating[position], scores?[row.Doc] ?? 0);
                    if (_top.MayKeep(primary, term))
                    {
                        _top.Offer(new RankedMatch(primary, term, columns.Ids[position], leaf, position));
                    }
                }
            }
        }

        AddUp(skillCounts, columns.SkillNames, _skillCounts);
        AddUp(languageCounts, columns.LanguageNames, _languageCounts);

        // How many of the range's caregivers the bit sets leave as possible matches.
        int MayMatch(CellRange range)
        {
            var count = 0;
            for (var word = range.Start >> 6; word <= (range.End - 1) >> 6; word++)
            {
                count += BitOperations.PopCount(Judge(word, range).May);
            }

            return count;
        }

        // What the bit sets say of one word's caregivers in the range: who may match (the rest surely do not), and who
        // surely does (when the sets decide; otherwise nobody is sure and each is judged one by one).
        (ulong May, ulong Sure) Judge(int word, CellRange range)
        {
            var may = Candidates(word, range, allOf, anyOf);
            var sure = setsDecide ? may : 0;
            if (rateCap is { } cap)
            {
                may &= cap.MayBeWithin[word];
                sure &= cap.SurelyWithin[word];
            }

            if (visitSets is not null && may != 0)
            {
                var (mayBeFree, surelyFree) = visitSets.Of(word);
                may &= mayBeFree;
                sure &= surelyFree;
            }

            return (may, sure);
        }
    }

    /// <summary>
    /// The positions of one 64-bit word that lie in <paramref name="cell"/> and are in every set of
    /// <paramref name="allOf"/> and, when any are given, in one of <paramref name="anyOf"/>.
    /// </summary>
    private static ulong Candidates(int word, CellRange cell, ulong[][] allOf, ulong[][] anyOf)
    {
        var first = word << 6;
        var bits = ulong.MaxValue;
        if (cell.Start > first)
        {
            bits <<= cell.Start - first;
        }

        if (cell.End < first + 64)
        {
            bits &= (1UL << (cell.End - first)) - 1;
        }

        foreach (var set in allOf)
        {
            bits &= set[word];
        }

        if (anyOf.Length > 0 && bits != 0)
        {
            var any = 0UL;
            foreach (var set in anyOf)
            {
                any |= set[word];
            }

            bits &= any;
        }

        return bits;
    }

    /// <summary>
    /// The segment's bit sets a caregiver must be in (each asked skill, verified when asked, the words) and
    /// may be in (the asked languages), and the scores by document when ordering by relevance; null when
    /// no caregiver of the segment can match (an asked skill or every asked language absent).
    /// </summary>
    private (ulong[][] AllOf, ulong[][] AnyOf, float[]? Scores)? Filters(AtomicReaderContext context, SegmentColumns columns)
    {
        var allOf = new List<ulong[]>();
        foreach (var skill in _search.Skills)
        {
            var bit = SegmentColumns.BitOf(columns.SkillNames, skill);
            if (bit == 0)
            {
                return null;
            }

            allOf.Add(columns.SkillSets[BitOperations.TrailingZeroCount(bit)]);
        }

        var anyOf = _search.Languages.Select(language => SegmentColumns.BitOf(columns.LanguageNames, language)).Where(bit => bit != 0)
            .Select(bit => columns.LanguageSets[BitOperations.TrailingZeroCount(bit)]).ToArray();
        if (_search.Languages.Count > 0 && anyOf.Length == 0)
        {
            return null;
        }

        if (_search.VerifiedOnly)
        {
            allOf.Add(columns.Verified);
        }

        var scores = _relevance is null ? null : new float[context.AtomicReader.MaxDoc];
        if (_text is not null)
        {
            allOf.AddRange(_relevance is null
                ? _text.Clauses.Select(clause => WordFilters.Of(_searcher, context, columns, clause.Query))
                : [WordFilters.Positions(_relevance.GetScorer(context, acceptDocs: null), columns, scores)]);
        }

        return ([.. allOf], anyOf, scores);
    }

    /// <summary>
    /// The ranges of positions to visit: the segment's cells any point of which can lie within the family's radius,
    /// and of a crowded cell the radius cuts, its parts that the radius reaches (<see cref="SearchGrid"/>); a crowded
    /// cell wholly inside, when sorting by distance, comes with what its parts are read from if it may make the page; nearest
    /// first (so the page fills early and farther ones can skip reading their caregivers), each with the distance to
    /// its nearest point and whether it lies wholly inside the family's radius and every one of its caregivers' own.
    /// </summary>
    private List<VisitedRange> ReachableRanges(SegmentColumns columns)
    {
        var ranges = new List<VisitedRange>();
        for (var latCell = _latCells.From; latCell <= _latCells.To; latCell++)
        {
            for (var lonCell = _lonCells.From; lonCell <= _lonCells.To; lonCell++)
            {
                if (!columns.Cells.TryGetValue(SearchGrid.CellKey(latCell, lonCell), out var cell))
                {
                    continue;
                }

                var (south, west) = (latCell * SearchGrid.CellDegrees, lonCell * SearchGrid.CellDegrees);
                var (nearKm, farKm) = Extent(south, west);
                if (nearKm > _search.RadiusKm + CellMarginKm)
                {
                    continue;
                }

                var whole = IsWhole(farKm, cell.Range);
                if (cell.Parts.Length == 0 || whole)
                {
                    var split = whole && cell.Parts.Length > 0 && _search.Sort == SearchSort.Distance ? new CrowdedCell(cell, south, west) : (CrowdedCell?)null;
                    ranges.Add(new VisitedRange(cell.Range, nearKm, whole, split));
                    continue;
                }

                AddReachableParts(cell, south, west, ranges);
            }
        }

        if (_search.Sort == SearchSort.Distance)
        {
            ranges.Sort((a, b) => a.NearKm.CompareTo(b.NearKm));
        }

        return ranges;
    }

    /// <summary>
    /// The parts of a cell the family's radius reaches, judged as <see cref="Extent"/> judges a cell but from the sines
    /// and cosines of the cell's grid lines, computed once: 64 parts' five distances each by <see cref="Distance.Km"/>
    /// cost more than judging a few hundred caregivers.
    /// </summary>
    private void AddReachableParts(GridCell cell, double south, double west, List<VisitedRange> ranges)
    {
        for (var line = 0; line <= SearchGrid.PartsPerSide; line++)
        {
            _latLines[line] = Math.SinCos(GreatCircle.Radians(south + (line * SearchGrid.PartDegrees)));
            _lonLines[line] = Math.SinCos(GreatCircle.Radians(west + (line * SearchGrid.PartDegrees)));
        }

        foreach (var part in cell.Parts)
        {
            var nearLat = Nearest(_search.Lat, _lat, south, part.Row, _latLines);
            var nearLon = Nearest(_search.Lon, _lon, west, part.Column, _lonLines);
            var nearTerm = FromFamily(nearLat, nearLon);
            if (nearTerm > _reachableTerm)
            {
                continue;
            }

            var (row, column) = (part.Row, part.Column);
            var farTerm = Math.Max(
                Math.Max(FromFamily(_latLines[row], _lonLines[column]), FromFamily(_latLines[row], _lonLines[column + 1])),
                Math.Max(FromFamily(_latLines[row + 1], _lonLines[column]), FromFamily(_latLines[row + 1], _lonLines[column + 1])));
            ranges.Add(new VisitedRange(part.Range, GreatCircle.Km(nearTerm), farTerm < _insideTerm && IsWhole(GreatCircle.Km(farTerm), part.Range), null));
        }
    }

    /// <summary>The sine and cosine of the family's coordinate held inside the part's band from line <paramref name="index"/> to the next.</summary>
    private static (double Sin, double Cos) Nearest(double family, (double Sin, double Cos) own, double origin, int index, (double Sin, double Cos)[] lines) =>
        family < origin + (index * SearchGrid.PartDegrees) ? lines[index]
        : family > origin + ((index + 1) * SearchGrid.PartDegrees) ? lines[index + 1]
        : own;

    private double FromFamily((double Sin, double Cos) lat, (double Sin, double Cos) lon) =>
        GreatCircle.Term(_lat.Sin, _lat.Cos, _lon.Sin, _lon.Cos, lat.Sin, lat.Cos, lon.Sin, lon.Cos);

    /// <summary>
    /// The distances from the family to the nearest and the farthest point of the grid cell whose south-west corner is
    /// given. The nearest is the family's own latitude and longitude, each held inside the cell's; the farthest is a
    /// corner. Within Indonesia's latitudes and at this cell size, both are within centimetres of the true extremes on
    /// the sphere, well inside <see cref="CellMarginKm"/>.
    /// </summary>
    private (double NearKm, double FarKm) Extent(double south, double west)
    {
        var (north, east) = (south + SearchGrid.CellDegrees, west + SearchGrid.CellDegrees);
        var nearKm = Distance.Km(_search.Lat, _search.Lon, Math.Clamp(_search.Lat, south, north), Math.Clamp(_search.Lon, west, east));
        var farKm = Math.Max(
            Math.Max(Distance.Km(_search.Lat, _search.Lon, south, west), Distance.Km(_search.Lat, _search.Lon, south, east)),
            Math.Max(Distance.Km(_search.Lat, _search.Lon, north, west), Distance.Km(_search.Lat, _search.Lon, north, east)));
        return (nearKm, farKm);
    }

    /// <summary>Whether every point of a range whose farthest point is <paramref name="farKm"/> away is within the family's radius and each of its caregivers' own.</summary>
    private bool IsWhole(double farKm, CellRange range) =>
        farKm + CellMarginKm < _search.RadiusKm && GreatCircle.Term(farKm + CellMarginKm) < range.MinReach - GreatCircle.Margin;

    /// <summary>Counts the matches of one word of a whole cell (<paramref name="bits"/>) for the total and the facets, from the bit sets alone.</summary>
    private void CountWhole(int word, ulong bits, SegmentColumns columns, int[] skillCounts, int[] languageCounts)
    {
        if (bits == 0)
        {
            return;
        }

        _total += BitOperations.PopCount(bits);
        for (var skill = 0; skill < skillCounts.Length; skill++)
        {
            skillCounts[skill] += BitOperations.PopCount(bits & columns.SkillSets[skill][word]);
        }

        for (var language = 0; language < languageCounts.Length; language++)
        {
            languageCounts[language] += BitOperations.PopCount(bits & columns.LanguageSets[language][word]);
        }
    }

    /// <summary>Inside the family's radius and the caregiver's own; close calls go to the exact distance.</summary>
    private bool Reaches(SegmentColumns columns, int position, double reach, double term)
    {
        var limit = Math.Min(_limit, reach);
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

    /// <summary>
    /// Positions to visit: a cell or part, the distance to its nearest point, whether it is wholly inside the family's
    /// radius and its caregivers' own, and, for a crowded cell wholly inside when sorting by distance, its grid cell.
    /// </summary>
    private readonly record struct VisitedRange(CellRange Range, double NearKm, bool Whole, CrowdedCell? Crowded);

    /// <summary>A crowded grid cell whose south-west corner is at (<paramref name="South"/>, <paramref name="West"/>) degrees.</summary>
    private readonly record struct CrowdedCell(GridCell Cell, double South, double West);
}
