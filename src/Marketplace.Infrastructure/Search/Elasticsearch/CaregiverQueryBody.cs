using System.Text.Json.Nodes;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>
/// A search as an Elasticsearch request body: filters in <c>bool.filter</c> (they do not score), the
/// family's words in <c>bool.must</c>, facets as <c>terms</c> aggregations over every match, and a sort
/// that ends in distance and id, so pages never overlap or skip.
/// </summary>
internal static class CaregiverQueryBody
{
    private const int FacetSize = 100;

    public static JsonObject Build(CaregiverSearchQuery search) => new()
    {
        ["from"] = (search.Page - 1) * search.PageSize,
        ["size"] = search.PageSize,
        ["track_total_hits"] = true,
        ["query"] = new JsonObject
        {
            ["bool"] = new JsonObject { ["filter"] = Filters(search), ["must"] = TextClauses(search.Text) },
        },
        ["sort"] = Sort(search),
        ["aggs"] = new JsonObject
        {
            ["skills"] = new JsonObject { ["terms"] = new JsonObject { ["field"] = "skills", ["size"] = FacetSize } },
            ["languages"] = new JsonObject { ["terms"] = new JsonObject { ["field"] = "languages", ["size"] = FacetSize } },
        },
        ["_source"] = new JsonArray("id", "name", "location", "skills", "languages", "hourlyRateIdr", "rating", "reviewCount", "verified"),
    };

    private static JsonArray Filters(CaregiverSearchQuery search)
    {
        var filters = new JsonArray
        {
            new JsonObject
            {
                ["geo_distance"] = new JsonObject
                {
                    ["distance"] = $"{search.RadiusKm.ToString(System.Globalization.CultureInfo.InvariantCulture)}km",
                    ["location"] = Point(search),
                },
            },

            // The caregiver's own service radius: they are not offered where they do not travel.
            new JsonObject
            {
                ["script"] = new JsonObject
                {
                    ["script"] = new JsonObject
                    {
                        ["source"] = "doc['location'].arcDistance(params.lat, params.lon) <= doc['serviceRadiusKm'].value * 1000.0",
                        ["params"] = Point(search),
                    },
                },
            },
        };
        foreach (var skill in search.Skills)
        {
            filters.Add(new JsonObject { ["term"] = new JsonObject { ["skills"] = skill } });
        }

        if (search.Languages.Count > 0)
        {
            // Any one of the languages will do: the family needs to be understood, not all of them.
            filters.Add(new JsonObject { ["terms"] = new JsonObject { ["languages"] = new JsonArray([.. search.Languages.Select(l => JsonValue.Create(l))]) } });
        }

        if (search.MaxRateIdr is { } maxRate)
        {
            filters.Add(new JsonObject { ["range"] = new JsonObject { ["hourlyRateIdr"] = new JsonObject { ["lte"] = maxRate } } });
        }

        if (search.VerifiedOnly)
        {
            filters.Add(new JsonObject { ["term"] = new JsonObject { ["verified"] = true } });
        }

        if (search.Visit is { } visit)
        {
            filters.Add(FreeFor(visit.Start, visit.Duration));
        }

        return filters;
    }

    /// <summary>A weekly window holds the whole visit, and no time off or booked visit touches it.</summary>
    private static JsonObject FreeFor(DateTimeOffset start, TimeSpan duration)
    {
        var minutes = WeekMinutes.Visit(start, duration);
        return new JsonObject
        {
            ["bool"] = new JsonObject
            {
                ["filter"] = new JsonObject
                {
                    ["range"] = new JsonObject
                    {
                        ["weekly"] = new JsonObject { ["gte"] = minutes.From, ["lte"] = minutes.To, ["relation"] = "contains" },
                    },
                },
                ["must_not"] = new JsonObject
                {
                    ["range"] = new JsonObject
                    {
                        ["busy"] = new JsonObject
                        {
                            ["gte"] = start.ToUnixTimeMilliseconds(),
                            ["lt"] = (start + duration).ToUnixTimeMilliseconds(),
                            ["relation"] = "intersects",
                        },
                    },
                },
            },
        };
    }

    /// <summary>Every word must match, in the Indonesian analysis or the English one; a quoted phrase must match as a phrase.</summary>
    private static JsonArray TextClauses(string? text)
    {
        var (words, phrases) = SearchText.Split(text);
        var clauses = new JsonArray();
        foreach (var word in words)
        {
            clauses.Add(new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["should"] = new JsonArray(
                        new JsonObject { ["match"] = new JsonObject { ["text"] = word } },
                        new JsonObject { ["match"] = new JsonObject { ["text.en"] = word } }),
                    ["minimum_should_match"] = 1,
                },
            });
        }

        foreach (var phrase in phrases)
        {
            clauses.Add(new JsonObject { ["match_phrase"] = new JsonObject { ["text"] = phrase } });
        }

        return clauses;
    }

    private static JsonArray Sort(CaregiverSearchQuery search)
    {
        var sort = new JsonArray();
        switch (search.Sort)
        {
            case SearchSort.Relevance:
                sort.Add(new JsonObject { ["_score"] = new JsonObject { ["order"] = "desc" } });
                break;
            case SearchSort.Rating:
                sort.Add(new JsonObject { ["ratingRank"] = new JsonObject { ["order"] = "desc", ["missing"] = "_last" } });
                break;
            case SearchSort.Price:
                sort.Add(new JsonObject { ["hourlyRateIdr"] = new JsonObject { ["order"] = "asc" } });
                break;
            case SearchSort.Distance:
                break;
        }

        sort.Add(new JsonObject
        {
            ["_geo_distance"] = new JsonObject { ["location"] = Point(search), ["order"] = "asc", ["unit"] = "km", ["distance_type"] = "arc" },
        });
        sort.Add(new JsonObject { ["id"] = new JsonObject { ["order"] = "asc" } });
        return sort;
    }

    private static JsonObject Point(CaregiverSearchQuery search) => new() { ["lat"] = search.Lat, ["lon"] = search.Lon };
}
