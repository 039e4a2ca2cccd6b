using System.Globalization;
using System.Text.Json.Nodes;
using Marketplace.Application.Listings;
using Marketplace.Application.Search;
using Marketplace.Application.Search.Services;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>How a daycare or clinic stop is laid out in Elasticsearch, searched, and read back.</summary>
internal static class ServiceMapping
{
    private const string DateFormat = "yyyy-MM-dd";

    public static JsonObject Definition() => (JsonObject)JsonNode.Parse("""
        {
          "settings": {},
          "mappings": {
            "dynamic": "strict",
            "properties": {
              "id": { "type": "keyword" },
              "listingId": { "type": "keyword" },
              "kind": { "type": "keyword" },
              "title": { "type": "keyword", "index": false },
              "placeName": { "type": "keyword", "index": false },
              "location": { "type": "geo_point" },
              "needs": { "type": "keyword" },
              "openingDays": { "type": "keyword" },
              "date": { "type": "date", "format": "yyyy-MM-dd" },
              "priceIdr": { "type": "long" },
              "version": { "type": "long" }
            }
          }
        }
        """)!;

    /// <summary>The bulk lines that write <paramref name="service"/> to <paramref name="index"/>; <c>version</c> is kept in the source too, for replacing a listing.</summary>
    public static IEnumerable<JsonNode> IndexLines(string index, ServiceDocument service, long version) =>
    [
        new JsonObject
        {
            ["index"] = new JsonObject { ["_index"] = index, ["_id"] = service.Id.ToString(), ["version"] = version, ["version_type"] = "external" },
        },
        new JsonObject
        {
            ["id"] = service.Id,
            ["listingId"] = service.ListingId,
            ["kind"] = service.Kind.ToString(),
            ["title"] = service.Title,
            ["placeName"] = service.PlaceName,
            ["location"] = new JsonObject { ["lat"] = service.Lat, ["lon"] = service.Lon },
            ["needs"] = new JsonArray([.. service.Needs.Select(need => JsonValue.Create(need))]),
            ["openingDays"] = new JsonArray([.. service.OpeningDays.Select(day => JsonValue.Create(day.ToString()))]),
            ["date"] = service.Date?.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["priceIdr"] = service.PriceIdr,
            ["version"] = version,
        },
    ];

    /// <summary>The listing's documents written before <paramref name="version"/>: those a replacement at that version removes.</summary>
    public static JsonObject OlderDocumentsOf(Guid listingId, long version) => new()
    {
        ["query"] = new JsonObject
        {
            ["bool"] = new JsonObject
            {
                ["filter"] = new JsonArray(
                    new JsonObject { ["term"] = new JsonObject { ["listingId"] = listingId.ToString() } },
                    new JsonObject { ["range"] = new JsonObject { ["version"] = new JsonObject { ["lt"] = version } } }),
            },
        },
    };

    /// <summary>Kind, distance, every need, the date (an opening day for a daycare, the stop's date for a clinic); nearest first.</summary>
    public static JsonObject Search(ServiceSearchQuery search)
    {
        var point = new JsonObject { ["lat"] = search.Lat, ["lon"] = search.Lon };
        var filters = new JsonArray
        {
            new JsonObject { ["term"] = new JsonObject { ["kind"] = search.Kind.ToString() } },
            new JsonObject
            {
                ["geo_distance"] = new JsonObject
                {
                    ["distance"] = $"{search.RadiusKm.ToString(CultureInfo.InvariantCulture)}km",
                    ["location"] = point.DeepClone(),
                },
            },
        };
        foreach (var need in search.Needs)
        {
            filters.Add(new JsonObject { ["term"] = new JsonObject { ["needs"] = need } });
        }

        if (search.Kind == ListingKind.MobileClinic && search.NotBefore is { } notBefore)
        {
            filters.Add(new JsonObject { ["range"] = new JsonObject { ["date"] = new JsonObject { ["gte"] = notBefore.ToString(DateFormat, CultureInfo.InvariantCulture) } } });
        }

        if (search.Date is { } date)
        {
            filters.Add(search.Kind == ListingKind.Daycare
                ? new JsonObject { ["term"] = new JsonObject { ["openingDays"] = date.DayOfWeek.ToString() } }
                : new JsonObject { ["term"] = new JsonObject { ["date"] = date.ToString(DateFormat, CultureInfo.InvariantCulture) } });
        }

        return new JsonObject
        {
            ["from"] = (search.Page - 1) * search.PageSize,
            ["size"] = search.PageSize,
            ["track_total_hits"] = true,
            ["query"] = new JsonObject { ["bool"] = new JsonObject { ["filter"] = filters } },
            ["sort"] = new JsonArray(
                new JsonObject { ["_geo_distance"] = new JsonObject { ["location"] = point, ["order"] = "asc", ["unit"] = "km", ["distance_type"] = "arc" } },
                new JsonObject { ["date"] = new JsonObject { ["order"] = "asc" } },
                new JsonObject { ["id"] = new JsonObject { ["order"] = "asc" } }),
        };
    }

    public static ServiceHit ToHit(JsonNode source, ServiceSearchQuery search)
    {
        var id = source["id"]!.GetValue<Guid>();
        var listingId = source["listingId"]!.GetValue<Guid>();
        var location = source["location"]!;
        var date = source["date"]?.GetValue<string>();
        return new ServiceHit(
            listingId,
            id == listingId ? null : id,
            Enum.Parse<ListingKind>(source["kind"]!.GetValue<string>()),
            source["title"]!.GetValue<string>(),
            source["placeName"]?.GetValue<string>(),
            date is null ? null : DateOnly.ParseExact(date, DateFormat, CultureInfo.InvariantCulture),
            Math.Round(Distance.Km(search.Lat, search.Lon, location["lat"]!.GetValue<double>(), location["lon"]!.GetValue<double>()), 3),
            source["priceIdr"]!.GetValue<long>(),
            [.. source["needs"]!.AsArray().Select(need => need!.GetValue<string>())]);
    }
}
