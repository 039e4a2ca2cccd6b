using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// What a search must know of every caregiver in one index segment, read once from its doc values and
/// kept in plain arrays while the segment lives (segments never change; deletes are checked at search
/// time). Caregivers are grouped by the cells and parts of <see cref="SearchGrid"/>, so a search visits only the
/// cells its bounding box touches, and each array is laid out in that order so a cell (and a part) is read front to
/// back. The sines and cosines of each point are kept so that the great-circle test needs no trigonometry
/// (<see cref="CaregiverScan"/>). Skills, languages, verification and rates (<see cref="RateBands"/>) are also kept
/// as bit sets over positions, as are the schedules when a search first asks for a visit (<see cref="FreeTimeSets"/>),
/// so a scan tests them for 64 caregivers at a time and judges one by one only those the sets leave undecided.
/// </summary>
internal sealed class SegmentColumns
{
    private static readonly ConditionalWeakTable<object, SegmentColumns> BySegment = [];

    private SegmentColumns(int count)
    {
        Rows = new CandidateRow[count];
        Ids = new Guid[count];
        Lat = new double[count];
        Lon = new double[count];
        RadiusKm = new int[count];
        Rating = new double[count];
        PositionOf = new int[count];
        Verified = new ulong[Words(count)];
    }

    /// <summary>What a scan reads of the caregiver at each position, one cache line each.</summary>
    public CandidateRow[] Rows { get; }

    /// <summary>How many positions (the segment's documents, deleted ones too).</summary>
    public int Count => Rows.Length;

    /// <summary>The position of each document of the segment: the inverse of <see cref="Docs"/>.</summary>
    public int[] PositionOf { get; }

    public Guid[] Ids { get; }

    public double[] Lat { get; }

    public double[] Lon { get; }

    /// <summary>The caregiver's own service radius.</summary>
    public int[] RadiusKm { get; }

    public double[] Rating { get; }

    /// <summary>The verified caregivers, a bit per position (bit p % 64 of word p / 64).</summary>
    public ulong[] Verified { get; }

    /// <summary>Per skill bit (as in <see cref="CandidateRow.Skills"/>), the positions of caregivers who have it, a bit per position.</summary>
    public ulong[][] SkillSets { get; private set; } = [];

    /// <summary>Per language bit (as in <see cref="CandidateRow.Languages"/>), the positions of caregivers who speak it.</summary>
    public ulong[][] LanguageSets { get; private set; } = [];

    /// <summary>The hourly rates as bit sets, for a price cap.</summary>
    public RateBands Rates { get; private set; } = null!;

    /// <summary>When each caregiver is free.</summary>
    public ScheduleColumns Schedules { get; private set; } = null!;

    public IReadOnlyList<string> SkillNames { get; private set; } = [];

    public IReadOnlyList<string> LanguageNames { get; private set; } = [];

    /// <summary>Each occupied cell by its <see cref="SearchGrid.CellKey"/>, with its range of positions in the arrays.</summary>
    public Dictionary<long, GridCell> Cells { get; } = [];

    /// <summary>The columns of <paramref name="reader"/>'s segment, read on first use.</summary>
    public static SegmentColumns Of(AtomicReader reader) => BySegment.GetValue(reader.CoreCacheKey, _ => Read(reader));

    /// <summary>How many 64-bit words hold a bit per position of <paramref name="count"/> positions.</summary>
    public static int Words(int count) => (count + 63) >> 6;

    /// <summary>The bit of each name in <paramref name="names"/>, or 0 when no caregiver in the segment has it.</summary>
    public static ulong BitOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return 1UL << i;
            }
        }

        return 0;
    }

    private static SegmentColumns Read(AtomicReader reader)
    {
        var count = reader.MaxDoc;
        var lat = reader.GetNumericDocValues(CaregiverFields.LatValues);
        var lon = reader.GetNumericDocValues(CaregiverFields.LonValues);
        if (lat is null || lon is null)
        {
            return new SegmentColumns(0);
        }

        // Order the documents by cell and part, then fill every array in that order.
        var parts = new long[count];
        var order = new int[count];
        for (var doc = 0; doc < count; doc++)
        {
            parts[doc] = SearchGrid.PartKey(BitConverter.Int64BitsToDouble(lat.Get(doc)), BitConverter.Int64BitsToDouble(lon.Get(doc)));
            order[doc] = doc;
        }

        Array.Sort(parts, order);
        var columns = new SegmentColumns(count);
        columns.Fill(reader, order, lat, lon);
        columns.SkillSets = SetsOf([.. columns.Rows.Select(row => row.Skills)], columns.SkillNames.Count);
        columns.LanguageSets = SetsOf([.. columns.Rows.Select(row => row.Languages)], columns.LanguageNames.Count);
        columns.Schedules = ScheduleColumns.Read(reader, columns.PositionOf);
        columns.Rates = RateBands.Of([.. columns.Rows.Select(row => (long)row.RateIdr)]);
        for (var start = 0; start < count;)
        {
            var cell = SearchGrid.CellOf(parts[start]);
            var end = start;
            while (end < count && SearchGrid.CellOf(parts[end]) == cell)
            {
                end++;
            }

            columns.Cells[cell] = new GridCell(columns.RangeOf(start, end), end - start > SearchGrid.SplitAbove ? columns.PartsOf(parts, start, end) : []);
            start = end;
        }

        return columns;
    }

    /// <summary>The occupied parts of the cell at positions <paramref name="start"/> to <paramref name="end"/>, in position order.</summary>
    private CellPart[] PartsOf(long[] parts, int start, int end)
    {
        var found = new List<CellPart>();
        while (start < end)
        {
            var next = start;
            while (next < end && parts[next] == parts[start])
            {
                next++;
            }

            var (row, column) = SearchGrid.PartOf(parts[start]);
            found.Add(new CellPart(row, column, RangeOf(start, next)));
            start = next;
        }

        return [.. found];
    }

    private CellRange RangeOf(int start, int end)
    {
        var minReach = double.MaxValue;
        for (var position = start; position < end; position++)
        {
            minReach = Math.Min(minReach, Rows[position].Reach);
        }

        return new CellRange(start, end, minReach);
    }

    private void Fill(AtomicReader reader, int[] order, NumericDocValues lat, NumericDocValues lon)
    {
        var radius = reader.GetNumericDocValues(CaregiverFields.RadiusValues);
        var rate = reader.GetNumericDocValues(CaregiverFields.RateValues);
        var rating = reader.GetNumericDocValues(CaregiverFields.RatingValues);
        var verified = reader.GetNumericDocValues(CaregiverFields.VerifiedValues);
        var ids = reader.GetBinaryDocValues(CaregiverFields.IdValues);
        var skills = Bits.Of(reader.GetSortedSetDocValues(CaregiverFields.SkillValues));
        var languages = Bits.Of(reader.GetSortedSetDocValues(CaregiverFields.LanguageValues));
        SkillNames = skills.Names;
        LanguageNames = languages.Names;
        for (var position = 0; position < order.Length; position++)
        {
            PositionOf[order[position]] = position;
        }

        // Doc values are read from the index files in document order, which their buffered readers serve
        // far faster than jumps (fifteen times, measured on 100,000 caregivers): each value is written to its caregiver's place in cell order.
        var id = new BytesRef();
        for (var doc = 0; doc < order.Length; doc++)
        {
            var position = PositionOf[doc];
            ids.Get(doc, id);
            Ids[position] = new Guid(id.Bytes.AsSpan(id.Offset, id.Length));
            var latitude = BitConverter.Int64BitsToDouble(lat.Get(doc));
            var longitude = BitConverter.Int64BitsToDouble(lon.Get(doc));
            Lat[position] = latitude;
            Lon[position] = longitude;
            RadiusKm[position] = (int)radius.Get(doc);
            Rating[position] = BitConverter.Int64BitsToDouble(rating.Get(doc));
            if (verified.Get(doc) == 1)
            {
                Verified[position >> 6] |= 1UL << position;
            }

            var (sinLat, cosLat) = Math.SinCos(GreatCircle.Radians(latitude));
            var (sinLon, cosLon) = Math.SinCos(GreatCircle.Radians(longitude));
            Rows[position] = new CandidateRow(
                sinLat, cosLat, sinLon, cosLon, GreatCircle.Term(RadiusKm[position]), skills.Of(doc), languages.Of(doc), checked((int)rate.Get(doc)), doc);
        }
    }

    /// <summary>For each of <paramref name="names"/> bits of <paramref name="bits"/>, the positions that have it.</summary>
    private static ulong[][] SetsOf(ulong[] bits, int names)
    {
        var sets = new ulong[names][];
        for (var name = 0; name < names; name++)
        {
            sets[name] = new ulong[Words(bits.Length)];
        }

        for (var position = 0; position < bits.Length; position++)
        {
            for (var each = bits[position]; each != 0; each &= each - 1)
            {
                sets[BitOperations.TrailingZeroCount(each)][position >> 6] |= 1UL << position;
            }
        }

        return sets;
    }

    /// <summary>A multi-valued keyword (skills, languages) of one segment as bits, by the segment's ordinals.</summary>
    private sealed class Bits(SortedSetDocValues? values, string[] names)
    {
        public string[] Names => names;

        public static Bits Of(SortedSetDocValues? values)
        {
            if (values is null)
            {
                return new Bits(null, []);
            }

            // The taxonomies hold a few dozen terms at most; API validation refuses any other.
            if (values.ValueCount > 64)
            {
                throw new NotSupportedException($"The search index holds {values.ValueCount} distinct terms in one field; at most 64 fit its bit sets.");
            }

            var names = new string[values.ValueCount];
            var term = new BytesRef();
            for (var ord = 0; ord < names.Length; ord++)
            {
                values.LookupOrd(ord, term);
                names[ord] = term.Utf8ToString();
            }

            return new Bits(values, names);
        }

        public ulong Of(int doc)
        {
            if (values is null)
            {
                return 0;
            }

            var bits = 0UL;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                bits |= 1UL << (int)ord;
            }

            return bits;
        }
    }
}

/// <summary>
/// The caregiver at one position as a scan judges them, in 64 bytes so that judging one reads one cache
/// line: the sines and cosines of their home (<see cref="GreatCircle"/>), their own service radius as a
/// haversine term (<see cref="Reach"/>), skills and languages as the segment's bits, the hourly rate
/// (at most <see cref="Application.SharedKernel.FieldLimits.MaxHourlyRateIdr"/>) and the segment's document.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 8)]
internal readonly record struct CandidateRow(
    double SinLat, double CosLat, double SinLon, double CosLon, double Reach, ulong Skills, ulong Languages, int RateIdr, int Doc);

/// <summary>A grid cell's or part's positions, <see cref="Start"/> to <see cref="End"/> (exclusive), and the smallest service radius among them as a haversine term.</summary>
internal readonly record struct CellRange(int Start, int End, double MinReach);
