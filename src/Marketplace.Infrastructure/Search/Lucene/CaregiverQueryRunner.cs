using Lucene.Net.Index;
using Lucene.Net.Search;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// Runs the query, keeps those truly within the radius (the family's, and the caregiver's own) and free
/// when a visit is asked for, counts facets over all of them, sorts and pages. Every match is judged from
/// doc values; stored fields are read only for the page returned.
/// </summary>
internal static class CaregiverQueryRunner
{
    public static CaregiverSearchResult Run(IndexSearcher searcher, Query query, CaregiverSearchQuery search)
    {
        var collector = new CaregiverMatchCollector(search);
        searcher.Search(query, collector);
        collector.Finish();
        var page = Sorted(collector.Matches, search.Sort).Skip((search.Page - 1) * search.PageSize).Take(search.PageSize)
            .Select(match => CaregiverFields.ToHit(searcher.Doc(match.Doc), Math.Round(match.Km, 3)))
            .ToList();
        return new CaregiverSearchResult(collector.Matches.Count, page, new SearchFacets(collector.SkillCounts, collector.LanguageCounts));
    }

    private static IEnumerable<CaregiverMatch> Sorted(List<CaregiverMatch> matches, SearchSort sort)
    {
        var ordered = sort switch
        {
            SearchSort.Relevance => matches.OrderByDescending(m => m.Score).ThenBy(m => m.Km),
            SearchSort.Rating => matches.OrderByDescending(m => m.Rating).ThenBy(m => m.Km),
            SearchSort.Price => matches.OrderBy(m => m.Rate).ThenBy(m => m.Km),
            _ => matches.OrderBy(m => m.Km),
        };

        // The id breaks the last ties, so pages never overlap or skip.
        return ordered.ThenBy(m => m.Id);
    }
}

/// <summary>A match as the collector judged it: where it is in the index and what sorting needs (the exact distance, rounded only when shown).</summary>
internal sealed record CaregiverMatch(int Doc, float Score, double Km, long Rate, double Rating, Guid Id);
