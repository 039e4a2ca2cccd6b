using System.Text.Json.Nodes;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>How a caregiver is laid out in Elasticsearch: the index definition, the document, and a hit read back.</summary>
internal static class CaregiverMapping
{
    /// <summary>
    /// Strict mappings (a typo in a field name fails loudly instead of adding a field). The text analysis
    /// matches the embedded engine's: Indonesian stop words and stemmer, with the forms of "rawat" made to
    /// meet "perawat" and "perawatan", and an English copy of the text.
    /// </summary>
    public static JsonObject Definition() => (JsonObject)JsonNode.Parse("""
        {
          "settings": {
            "analysis": {
              "filter": {
                "indonesian_stop": { "type": "stop", "stopwords": "_indonesian_" },
                "rawat_forms": { "type": "stemmer_override", "rules": ["rawat, merawat, dirawat, merawatnya, dirawatnya, rawatan => awat"] },
                "indonesian_stemmer": { "type": "stemmer", "language": "indonesian" }
              },
              "analyzer": {
                "peduli_indonesian": {
                  "type": "custom",
                  "tokenizer": "standard",
                  "filter": ["lowercase", "indonesian_stop", "rawat_forms", "indonesian_stemmer"]
                }
              }
            }
          },
          "mappings": {
            "dynamic": "strict",
            "properties": {
              "id": { "type": "keyword" },
              "name": { "type": "keyword", "index": false },
              "text": { "type": "text", "analyzer": "peduli_indonesian", "fields": { "en": { "type": "text", "analyzer": "english" } } },
              "location": { "type": "geo_point" },
              "serviceRadiusKm": { "type": "integer" },
              "skills": { "type": "keyword" },
              "languages": { "type": "keyword" },
              "hourlyRateIdr": { "type": "long" },
              "verified": { "type": "boolean" },
              "rating": { "type": "double", "index": false },
              "reviewCount": { "type": "integer", "index": false },
              "ratingRank": { "type": "double" },
              "weekly": { "type": "integer_range" },
              "busy": { "type": "date_range", "format": "epoch_millis" }
            }
          }
        }
        """)!;

    /// <summary>
    /// The document. <c>weekly</c> holds the caregiver's windows as minutes of the UTC week
    /// (<see cref="WeekMinutes"/>); <c>busy</c> holds their time off and booked visits as instants.
    /// </summary>
    public static JsonObject Source(CaregiverDocument caregiver)
    {
        var busy = caregiver.TimeOff.Select(off => (off.From, off.To)).Concat(caregiver.Booked.Select(visit => (From: visit.Start, To: visit.End)));
        return new JsonObject
        {
            ["id"] = caregiver.Id,
            ["name"] = caregiver.FullName,
            ["text"] = caregiver.SearchableText(),
            ["location"] = new JsonObject { ["lat"] = caregiver.Lat, ["lon"] = caregiver.Lon },
            ["serviceRadiusKm"] = caregiver.ServiceRadiusKm,
            ["skills"] = Array(caregiver.Skills),
            ["languages"] = Array(caregiver.Languages),
            ["hourlyRateIdr"] = caregiver.HourlyRateIdr,
            ["verified"] = caregiver.Verified,
            ["rating"] = caregiver.Rating,
            ["reviewCount"] = caregiver.ReviewCount,
            ["ratingRank"] = caregiver.RatingRank,
            ["weekly"] = new JsonArray([.. WeekMinutes.Windows(caregiver.TimeZone, caregiver.Weekly)
                .Select(window => new JsonObject { ["gte"] = window.From, ["lte"] = window.To })]),
            ["busy"] = new JsonArray([.. busy.Select(period => new JsonObject
            {
                ["gte"] = period.From.ToUnixTimeMilliseconds(),
                ["lt"] = period.To.ToUnixTimeMilliseconds(),
            })]),
        };
    }

    /// <summary>The bulk lines that write <paramref name="caregiver"/> to <paramref name="index"/> at <paramref name="version"/>.</summary>
    public static IEnumerable<JsonNode> IndexLines(string index, CaregiverDocument caregiver, long version) =>
    [
        new JsonObject { ["index"] = Meta(index, caregiver.Id, version) },
        Source(caregiver),
    ];

    public static JsonNode DeleteLine(string index, Guid caregiverId, long version) =>
        new JsonObject { ["delete"] = Meta(index, caregiverId, version) };

    /// <summary>A hit as the port returns it; the distance is computed as the embedded engine does, from the stored point.</summary>
    public static CaregiverHit ToHit(JsonNode source, CaregiverSearchQuery query)
    {
        var location = source["location"]!;
        var km = Distance.Km(query.Lat, query.Lon, location["lat"]!.GetValue<double>(), location["lon"]!.GetValue<double>());
        return new CaregiverHit(
            source["id"]!.GetValue<Guid>(),
            source["name"]!.GetValue<string>(),
            Math.Round(km, 3),
            Strings(source["skills"]),
            Strings(source["languages"]),
            source["hourlyRateIdr"]!.GetValue<long>(),
            source["rating"]?.GetValue<double>(),
            source["reviewCount"]?.GetValue<int>() ?? 0,
            source["verified"]!.GetValue<bool>());
    }

    private static JsonObject Meta(string index, Guid id, long version) => new()
    {
        ["_index"] = index,
        ["_id"] = id.ToString(),
        ["version"] = version,
        ["version_type"] = "external",
    };

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(value => JsonValue.Create(value))]);

    private static string[] Strings(JsonNode? values) => values is JsonArray array ? [.. array.Select(value => value!.GetValue<string>())] : [];
}
