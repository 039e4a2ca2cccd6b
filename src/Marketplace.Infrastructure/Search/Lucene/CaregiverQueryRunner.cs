using Lucene.Net.Index;
using Lucene.Net.Search;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// Runs the query, keeps those truly within the radius (the family's, and the caregiver's own), counts
/// facets over all of them, sorts and pages.
/// </summary>
internal static class CaregiverQueryRunner
{
    public static CaregiverSearchResult Run(IndexSearcher searcher, Query query, CaregiverSearchQuery search)
    {
        var collector = new AllHits();
        searcher.Search(query, collector);
        var matches = new List<(CaregiverHit Hit, float Score)>();
        foreach (var (doc, score) in collector.Hits)
        {
            var stored = searcher.Doc(doc);
            var distance = Distance.Km(
                search.Lat, search.Lon,
                stored.GetField(CaregiverFields.Lat).GetDoubleValue() ?? 0, stored.GetField(CaregiverFields.Lon).GetDoubleValue() ?? 0);
            if (distance <= search.RadiusKm && CaregiverFields.Serves(stored, distance)
                && (search.Visit is not { } visit || CaregiverFields.IsAvailable(stored, visit)))
            {
                matches.Add((CaregiverFields.ToHit(stored, Math.Round(distance, 3)), score));
            }
        }

        var page = Sorted(matches, search.Sort).Skip((search.Page - 1) * search.PageSize).Take(search.PageSize).ToList();
        var facets = new SearchFacets(
            Count(matches.SelectMany(m => m.Hit.Skills)),
            Count(matches.SelectMany(m => m.Hit.Languages)));
        return new CaregiverSearchResult(matches.Count, page, facets);
    }

    private static IEnumerable<CaregiverHit> Sorted(List<(CaregiverHit Hit, float Score)> matches, SearchSort sort)
    {
        var ordered = sort switch
        {
            SearchSort.Relevance => matches.OrderByDescending(m => m.Score).ThenBy(m => m.Hit.DistanceKm),
            SearchSort.Rating => matches.OrderByDescending(m => m.Hit.Rating ?? -1).ThenBy(m => m.Hit.DistanceKm),
            SearchSort.Price => matches.OrderBy(m => m.Hit.HourlyRateIdr).ThenBy(m => m.Hit.DistanceKm),
            _ => matches.OrderBy(m => m.Hit.DistanceKm),
        };

        // The id breaks the last ties, so pages never overlap or skip.
        return ordered.ThenBy(m => m.Hit.Id).Select(m => m.Hit);
    }

    private static Dictionary<string, int> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Every matching document with its score; the radius then decides, so nothing may be cut early.</summary>
    private sealed class AllHits : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;

        public List<(int Doc, float Score)> Hits { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => Hits.Add((_docBase + doc, _scorer?.GetScore() ?? 0));
    }
}
