using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// Collects every document the filters let through, segment by segment, reading its point, service
/// radius, rate, rating, id and (for a visit) schedule from doc values, and counting skill and language
/// facets by ordinal. The radius decides after the bounding box, so nothing may be cut early.
/// </summary>
internal sealed class CaregiverMatchCollector(CaregiverSearchQuery search) : ICollector
{
    private readonly BytesRef _bytes = new();
    private Scorer? _scorer;
    private int _docBase;
    private NumericDocValues _lat = null!;
    private NumericDocValues _lon = null!;
    private NumericDocValues _radius = null!;
    private NumericDocValues _rate = null!;
    private NumericDocValues _rating = null!;
    private BinaryDocValues _id = null!;
    private BinaryDocValues _schedule = null!;
    private FacetCounter? _skills;
    private FacetCounter? _languages;

    public List<CaregiverMatch> Matches { get; } = [];

    public Dictionary<string, int> SkillCounts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> LanguageCounts { get; } = new(StringComparer.Ordinal);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Finish();
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        _lat = reader.GetNumericDocValues(CaregiverFields.LatValues);
        _lon = reader.GetNumericDocValues(CaregiverFields.LonValues);
        _radius = reader.GetNumericDocValues(CaregiverFields.RadiusValues);
        _rate = reader.GetNumericDocValues(CaregiverFields.RateValues);
        _rating = reader.GetNumericDocValues(CaregiverFields.RatingValues);
        _id = reader.GetBinaryDocValues(CaregiverFields.IdValues);
        _schedule = reader.GetBinaryDocValues(CaregiverFields.ScheduleValues);
        _skills = FacetCounter.For(reader.GetSortedSetDocValues(CaregiverFields.SkillValues), SkillCounts);
        _languages = FacetCounter.For(reader.GetSortedSetDocValues(CaregiverFields.LanguageValues), LanguageCounts);
    }

    public void Collect(int doc)
    {
        var km = Distance.Km(search.Lat, search.Lon, BitConverter.Int64BitsToDouble(_lat.Get(doc)), BitConverter.Int64BitsToDouble(_lon.Get(doc)));
        if (km > search.RadiusKm || km > _radius.Get(doc))
        {
            return;
        }

        if (search.Visit is { } visit)
        {
            _schedule.Get(doc, _bytes);
            if (!CaregiverFields.IsAvailable(_bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length), visit))
            {
                return;
            }
        }

        _id.Get(doc, _bytes);
        Matches.Add(new CaregiverMatch(
            _docBase + doc, _scorer?.GetScore() ?? 0, km, _rate.Get(doc), BitConverter.Int64BitsToDouble(_rating.Get(doc)),
            new Guid(_bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length))));
        _skills?.Count(doc);
        _languages?.Count(doc);
    }

    /// <summary>Adds the last segment's facet counts; the runner calls it once the search is done.</summary>
    public void Finish()
    {
        _skills?.Flush();
        _languages?.Flush();
        _skills = null;
        _languages = null;
    }

    /// <summary>Counts one segment's values by ordinal, and adds them by name to the totals at the end.</summary>
    private sealed class FacetCounter(SortedSetDocValues values, Dictionary<string, int> totals)
    {
        private readonly int[] _counts = new int[values.ValueCount];

        public static FacetCounter? For(SortedSetDocValues? values, Dictionary<string, int> totals) =>
            values is null ? null : new FacetCounter(values, totals);

        public void Count(int doc)
        {
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                _counts[ord]++;
            }
        }

        public void Flush()
        {
            var name = new BytesRef();
            for (var ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] > 0)
                {
                    values.LookupOrd(ord, name);
                    var key = name.Utf8ToString();
                    totals[key] = totals.GetValueOrDefault(key) + _counts[ord];
                }
            }
        }
    }
}
