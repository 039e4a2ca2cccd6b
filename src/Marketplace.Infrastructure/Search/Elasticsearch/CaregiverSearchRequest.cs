using System.Globalization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>
/// A search as an Elasticsearch request: filters in <c>bool.filter</c> (they do not score), the family's words in
/// <c>bool.must</c>, facets as <c>terms</c> aggregations over every match, and a sort that ends in distance and id,
/// so pages never overlap or skip.
/// </summary>
internal static class CaregiverSearchRequest
{
    public const string SkillsFacet = "skills";
    public const string LanguagesFacet = "languages";
    private const int FacetSize = 100;

    // Painless, because the radius to compare with is the caregiver's own, a field of each document.
    private const string WithinOwnRadius = "doc['location'].arcDistance(params.lat, params.lon) <= doc['serviceRadiusKm'].value * 1000.0";

    public static SearchRequest For(string alias, CaregiverSearchQuery search) => new(alias)
    {
        From = (search.Page - 1) * search.PageSize,
        Size = search.PageSize,
        TrackTotalHits = new TrackHits(true),
        Query = new BoolQuery { Filter = Filters(search), Must = TextClauses(search.Text) },
        Sort = Sort(search),
        Aggregations = new Dictionary<string, Aggregation>
        {
            [SkillsFacet] = new TermsAggregation { Field = "skills", Size = FacetSize },
            [LanguagesFacet] = new TermsAggregation { Field = "languages", Size = FacetSize },
        },
        Source = new SourceConfig(new SourceFilter { Includes = CaregiverSummary.Fields }),
    };

    private static List<Query> Filters(CaregiverSearchQuery search)
    {
        List<Query> filters =
        [
            new GeoDistanceQuery
            {
                Distance = $"{search.RadiusKm.ToString(CultureInfo.InvariantCulture)}km",
                Field = "location",
                Location = LatLon.Location(search.Lat, search.Lon),
            },

            // The caregiver's own service radius: they are not offered where they do not travel.
            new ScriptQuery
            {
                Script = new Script { Source = WithinOwnRadius, Params = new Dictionary<string, object> { ["lat"] = search.Lat, ["lon"] = search.Lon } },
            },
        ];
        filters.AddRange(search.Skills.Select(skill => (Query)new TermQuery("skills", skill)));
        if (search.Languages.Count > 0)
        {
            // Any one of the languages will do: the family needs to be understood, not all of them.
            filters.Add(new TermsQuery { Field = "languages", Terms = new TermsQueryField([.. search.Languages.Select(FieldValue.String)]) });
        }

        if (search.MaxRateIdr is { } maxRate)
        {
            filters.Add(new NumberRangeQuery("hourlyRateIdr") { Lte = maxRate });
        }

        if (search.VerifiedOnly)
        {
            filters.Add(new TermQuery("verified", true));
        }

        if (search.Visit is { } visit)
        {
            filters.Add(FreeFor(visit.Start, visit.Duration));
        }

        return filters;
    }

    /// <summary>A weekly window holds the whole visit, and no time off or booked visit touches it.</summary>
    private static BoolQuery FreeFor(DateTimeOffset start, TimeSpan duration)
    {
        var minutes = WeekMinutes.Visit(start, duration);
        return new BoolQuery
        {
            Filter = [new NumberRangeQuery("weekly") { Gte = minutes.From, Lte = minutes.To, Relation = RangeRelation.Contains }],

            // Instants as numbers, as the field stores them (epoch_millis); a date-typed range would send strings.
            MustNot =
            [
                new NumberRangeQuery("busy")
                {
                    Gte = start.ToUnixTimeMilliseconds(),
                    Lt = (start + duration).ToUnixTimeMilliseconds(),
                    Relation = RangeRelation.Intersects,
                },
            ],
        };
    }

    /// <summary>Every word must match, in the Indonesian analysis or the English one; a quoted phrase must match as a phrase.</summary>
    private static List<Query> TextClauses(string? text)
    {
        var (words, phrases) = SearchText.Split(text);
        List<Query> clauses = [.. words.Select(word => (Query)new BoolQuery
        {
            Should = [new MatchQuery("text", word), new MatchQuery("text.en", word)],
            MinimumShouldMatch = 1,
        })];
        clauses.AddRange(phrases.Select(phrase => (Query)new MatchPhraseQuery("text", phrase)));
        return clauses;
    }

    private static List<SortOptions> Sort(CaregiverSearchQuery search)
    {
        List<SortOptions> sort = search.Sort switch
        {
            SearchSort.Relevance => [new SortOptions { Score = new ScoreSort { Order = SortOrder.Desc } }],
            SearchSort.Rating => [new FieldSort("ratingRank") { Order = SortOrder.Desc, Missing = "_last" }],
            SearchSort.Price => [new FieldSort("hourlyRateIdr") { Order = SortOrder.Asc }],
            // By distance: only the tie-breakers that end every sort.
            _ => [],
        };
        sort.Add(LatLon.NearestFirst(search.Lat, search.Lon));
        sort.Add(new FieldSort("id") { Order = SortOrder.Asc });
        return sort;
    }
}
