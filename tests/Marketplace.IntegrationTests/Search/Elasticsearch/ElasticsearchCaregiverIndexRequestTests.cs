using System.Net;
using Marketplace.Application.Bookings;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Search;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Search.Elasticsearch;

namespace Marketplace.IntegrationTests.Search.Elasticsearch;

/// <summary>
/// The exact requests the caregiver adapter sends through the official client, pinned against the shapes in
/// Elasticsearch's REST reference (search with bool filters, geo_distance and _geo_distance sort; _bulk NDJSON
/// with external versions; index aliases). No cluster is needed: a recording handler stands in for its HTTP.
/// Where the client writes a shape in its own equivalent form, the pins show that form: term and match in their
/// long form (<c>{ "skills": { "value": … } }</c>), <c>aggregations</c> for <c>aggs</c>, <c>_source</c> as
/// <c>includes</c>, and <c>typed_keys=true</c> on every search, so answers name aggregations <c>sterms#skills</c>.
/// </summary>
public sealed class ElasticsearchCaregiverIndexRequestTests
{
    private static readonly Guid NurseId = Guid.Parse("0b7a3a52-5d2e-4a51-9d7e-1f2c3d4e5f60");

    private static readonly CaregiverDocument Nurse = new(
        NurseId,
        "Sitti Aminah",
        "Perawat lansia yang sabar.",
        ["elder-care", "dementia-care"],
        ["id", "bug"],
        75_000,
        -5.1477,
        119.4327,
        10,
        true,
        4.5,
        12,
        IndonesianTimeZones.Wita,
        [new WeeklySlot(DayOfWeek.Monday, new TimeOnly(7, 0), new TimeOnly(15, 0)), new WeeklySlot(DayOfWeek.Saturday, new TimeOnly(8, 0), new TimeOnly(12, 0))],
        [new TimeOff(new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 12, 12, 0, 0, 0, TimeSpan.FromHours(8)))],
        [new TimeWindow(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero))]);

    private const string AliasAnswer = """{ "peduli-caregivers-1700000000000000": { "aliases": { "peduli-caregivers": {} } } }""";

    [Fact]
    public async Task ASearch_SendsFilters_TextClauses_Facets_AndASortEndingInDistanceAndId()
    {
        var cluster = new RecordingCluster().Answer("POST peduli-caregivers/_search", EmptySearchAnswer);
        var index = new ElasticsearchCaregiverIndex(cluster.Client(), "peduli");

        await index.SearchAsync(
            new CaregiverSearchQuery(
                -5.14, 119.42, 10, ["elder-care", "dementia-care"], ["bug", "id"], 75_000, VerifiedOnly: true, "perawat \"lansia sabar\"",
                SearchSort.Price, Page: 2, PageSize: 20, new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8)), Hours: 2),
            CancellationToken.None);

        var request = Assert.Single(cluster.Requests);
        Assert.Equal("POST peduli-caregivers/_search?typed_keys=true", request.Line);
        JsonAssert.Equal("""
            {
              "from": 20, "size": 20, "track_total_hits": true,
              "query": { "bool": {
                "filter": [
                  { "geo_distance": { "distance": "10km", "location": { "lat": -5.14, "lon": 119.42 } } },
                  { "script": { "script": {
                    "source": "doc['location'].arcDistance(params.lat, params.lon) <= doc['serviceRadiusKm'].value * 1000.0",
                    "params": { "lat": -5.14, "lon": 119.42 } } } },
                  { "term": { "skills": { "value": "elder-care" } } },
                  { "term": { "skills": { "value": "dementia-care" } } },
                  { "terms": { "languages": ["bug", "id"] } },
                  { "range": { "hourlyRateIdr": { "lte": 75000 } } },
                  { "term": { "verified": { "value": true } } },
                  { "bool": {
                    "filter": { "range": { "weekly": { "gte": 60, "lte": 180, "relation": "contains" } } },
                    "must_not": { "range": { "busy": { "gte": 1796605200000, "lt": 1796612400000, "relation": "intersects" } } } } }
                ],
                "must": [
                  { "bool": { "should": [ { "match": { "text": { "query": "perawat" } } }, { "match": { "text.en": { "query": "perawat" } } } ], "minimum_should_match": 1 } },
                  { "match_phrase": { "text": { "query": "lansia sabar" } } }
                ] } },
              "sort": [
                { "hourlyRateIdr": { "order": "asc" } },
                { "_geo_distance": { "location": { "lat": -5.14, "lon": 119.42 }, "order": "asc", "unit": "km", "distance_type": "arc" } },
                { "id": { "order": "asc" } }
              ],
              "aggregations": {
                "skills": { "terms": { "field": "skills", "size": 100 } },
                "languages": { "terms": { "field": "languages", "size": 100 } }
              },
              "_source": { "includes": ["id", "name", "location", "skills", "languages", "hourlyRateIdr", "rating", "reviewCount", "verified"] }
            }
            """, request.Body);
    }

    [Fact]
    public async Task AnAnswer_BecomesHits_WithTheTotal_DistancesAndFacetCounts()
    {
        var cluster = new RecordingCluster().Answer("POST peduli-caregivers/_search", """
            {
              "hits": { "total": { "value": 42, "relation": "eq" }, "hits": [ { "_id": "x", "_source": {
                "id": "0b7a3a52-5d2e-4a51-9d7e-1f2c3d4e5f60", "name": "Sitti Aminah", "location": { "lat": -5.1477, "lon": 119.4327 },
                "skills": ["elder-care"], "languages": ["id", "bug"], "hourlyRateIdr": 75000, "rating": null, "verified": true } } ] },
              "aggregations": {
                "sterms#skills": { "buckets": [ { "key": "elder-care", "doc_count": 40 }, { "key": "wound-care", "doc_count": 3 } ] },
                "sterms#languages": { "buckets": [ { "key": "id", "doc_count": 42 } ] }
              }
            }
            """);
        var index = new ElasticsearchCaregiverIndex(cluster.Client(), "peduli");

        var result = await index.SearchAsync(Query(), CancellationToken.None);

        Assert.Equal(42, result.Total);
        var hit = Assert.Single(result.Items);
        Assert.Equal((NurseId, "Sitti Aminah", 75_000L, (double?)null, true), (hit.Id, hit.FullName, hit.HourlyRateIdr, hit.Rating, hit.Verified));
        Assert.Equal(["elder-care"], hit.Skills);
        Assert.Equal(["id", "bug"], hit.Languages);
        Assert.Equal(Math.Round(Distance.Km(-5.14, 119.42, -5.1477, 119.4327), 3), hit.DistanceKm);
        Assert.Equal(40, result.Facets.Skills["elder-care"]);
        Assert.Equal(3, result.Facets.Skills["wound-care"]);
        Assert.Equal(42, result.Facets.Languages["id"]);
    }

    [Fact]
    public async Task ASearchBeforeAnythingWasIndexed_FindsNobody()
    {
        var cluster = new RecordingCluster().Answer("POST peduli-caregivers/_search", IndexNotFound, HttpStatusCode.NotFound);

        var result = await new ElasticsearchCaregiverIndex(cluster.Client(), "peduli").SearchAsync(Query(), CancellationToken.None);

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Items);
    }

    [Fact]
    public async Task ACountBeforeAnythingWasIndexed_IsZero()
    {
        var cluster = new RecordingCluster().Answer("POST peduli-caregivers/_count", IndexNotFound, HttpStatusCode.NotFound);

        Assert.Equal(0, await new ElasticsearchCaregiverIndex(cluster.Client(), "peduli").CountAsync(CancellationToken.None));
        Assert.Equal("POST peduli-caregivers/_count", Assert.Single(cluster.Requests).Line);
    }

    [Fact]
    public async Task AnyOtherFailure_ThrowsWhatTheClusterAnswered()
    {
        var cluster = new RecordingCluster().Answer(
            "POST peduli-caregivers/_search",
            """{ "error": { "type": "search_phase_execution_exception", "reason": "all shards failed" }, "status": 503 }""",
            HttpStatusCode.ServiceUnavailable);

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(
            () => new ElasticsearchCaregiverIndex(cluster.Client(), "peduli").SearchAsync(Query(), CancellationToken.None));

        Assert.Equal(
            "Elasticsearch answered 503 to POST /peduli-caregivers/_search?typed_keys=true: search_phase_execution_exception: all shards failed",
            failure.Message);
    }

    [Fact]
    public async Task AClusterThatDoesNotAnswer_Throws()
    {
        var cluster = new RecordingCluster { Unreachable = true };

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(
            () => new ElasticsearchCaregiverIndex(cluster.Client(), "peduli").CountAsync(CancellationToken.None));

        Assert.StartsWith("Elasticsearch did not answer POST /peduli-caregivers/_count", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUpsert_IsOneBulkIndexAction_WithAnExternalVersion_AndTheWholeDocument()
    {
        var cluster = new RecordingCluster().Answer("GET _alias/peduli-caregivers*", AliasAnswer).Answer("POST _bulk", BulkAnswer(200));
        var index = new ElasticsearchCaregiverIndex(cluster.Client(), "peduli");

        await index.UpsertAsync(Nurse, version: 1_796_000_000_000_123, CancellationToken.None);

        Assert.Equal(["GET _alias/peduli-caregivers*", "POST _bulk"], cluster.Requests.Select(r => r.Line));
        var bulk = cluster.Requests[1];
        Assert.Equal("application/x-ndjson", bulk.ContentType);
        JsonAssert.Lines(
        [
            """{ "index": { "_index": "peduli-caregivers-1700000000000000", "_id": "0b7a3a52-5d2e-4a51-9d7e-1f2c3d4e5f60", "version": 1796000000000123, "version_type": "external" } }""",
            """
            {
              "id": "0b7a3a52-5d2e-4a51-9d7e-1f2c3d4e5f60", "name": "Sitti Aminah", "text": "Sitti Aminah Perawat lansia yang sabar. Pendampingan lansia Elder care Perawatan demensia Dementia care",
              "location": { "lat": -5.1477, "lon": 119.4327 }, "serviceRadiusKm": 10,
              "skills": ["elder-care", "dementia-care"], "languages": ["id", "bug"], "hourlyRateIdr": 75000, "verified": true, "rating": 4.5, "reviewCount": 12, "ratingRank": 4.352941176470588,
              "weekly": [ { "gte": 10020, "lte": 10500 }, { "gte": -60, "lte": 420 }, { "gte": 7200, "lte": 7440 } ],
              "busy": [ { "gte": 1796227200000, "lt": 1797004800000 }, { "gte": 1796605200000, "lt": 1796612400000 } ]
            }
            """,
        ], bulk.Body);
    }

    [Fact]
    public async Task DuringARebuild_AWriteReachesBothTheLiveIndexAndTheOneBeingBuilt()
    {
        var cluster = new RecordingCluster()
            .Answer("GET _alias/peduli-caregivers*", """
                { "peduli-caregivers-1": { "aliases": { "peduli-caregivers": {} } }, "peduli-caregivers-2": { "aliases": { "peduli-caregivers-building": {} } } }
                """)
            .Answer("POST _bulk", BulkAnswer(200, 200));
        var index = new ElasticsearchCaregiverIndex(cluster.Client(), "peduli");

        await index.DeleteAsync(NurseId, version: 7, CancellationToken.None);

        JsonAssert.Lines(
        [
            """{ "delete": { "_index": "peduli-caregivers-1", "_id": "0b7a3a52-5d2e-4a51-9d7e-1f2c3d4e5f60", "version": 7, "version_type": "external" } }""",
            """{ "delete": { "_index": "peduli-caregivers-2", "_id": "0b7a3a52-5d2e-4a51-9d7e-1f2c3d4e5f60", "version": 7, "version_type": "external" } }""",
        ], cluster.Requests[1].Body);
    }

    [Fact]
    public async Task AWriteRefusedAsOlder_IsTheVersioningAtWork_ButAnyOtherRefusalFails()
    {
        var older = new RecordingCluster().Answer("GET _alias/peduli-caregivers*", AliasAnswer).Answer("POST _bulk", BulkAnswer(409));
        await new ElasticsearchCaregiverIndex(older.Client(), "peduli").UpsertAsync(Nurse, 5, CancellationToken.None);

        var broken = new RecordingCluster().Answer("GET _alias/peduli-caregivers*", AliasAnswer).Answer("POST _bulk", BulkAnswer(400));
        var failure = await Assert.ThrowsAsync<ElasticsearchException>(
            () => new ElasticsearchCaregiverIndex(broken.Client(), "peduli").UpsertAsync(Nurse, 5, CancellationToken.None));
        Assert.Contains("mapper_parsing_exception", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingACaregiverTheIndexNeverHad_IsNothingToDo()
    {
        var cluster = new RecordingCluster()
            .Answer("GET _alias/peduli-caregivers*", AliasAnswer)
            .Answer("POST _bulk", """{ "errors": true, "items": [ { "delete": { "_id": "x", "status": 404, "result": "not_found" } } ] }""");

        await new ElasticsearchCaregiverIndex(cluster.Client(), "peduli").DeleteAsync(NurseId, 9, CancellationToken.None);

        Assert.Equal("POST _bulk", cluster.Requests[^1].Line);
    }

    [Fact]
    public async Task TheFirstWriteToANewCluster_CreatesTheIndexWithItsMappingsAndAlias()
    {
        var cluster = new RecordingCluster()
            .Answer("GET _alias/peduli-caregivers*", "{}", once: true)
            .Answer("GET _alias/peduli-caregivers*", """{ "peduli-caregivers-initial": { "aliases": { "peduli-caregivers": {} } } }""")
            .Answer("POST _bulk", BulkAnswer(201));
        var index = new ElasticsearchCaregiverIndex(cluster.Client(), "peduli");

        await index.UpsertAsync(Nurse, 5, CancellationToken.None);

        Assert.Equal(["GET _alias/peduli-caregivers*", "PUT peduli-caregivers-initial", "GET _alias/peduli-caregivers*", "POST _bulk"], cluster.Requests.Select(r => r.Line));
        Assert.Contains("\"_index\":\"peduli-caregivers-initial\"", cluster.Requests[3].Body, StringComparison.Ordinal);
        var create = cluster.Requests[1];
        var definition = System.Text.Json.Nodes.JsonNode.Parse(create.Body!)!;
        Assert.Equal("geo_point", definition["mappings"]!["properties"]!["location"]!["type"]!.GetValue<string>());
        Assert.Equal("keyword", definition["mappings"]!["properties"]!["skills"]!["type"]!.GetValue<string>());
        Assert.Equal("peduli_indonesian", definition["mappings"]!["properties"]!["text"]!["analyzer"]!.GetValue<string>());
        Assert.Equal("indonesian", definition["settings"]!["analysis"]!["filter"]!["indonesian_stemmer"]!["language"]!.GetValue<string>());
        JsonAssert.Equal("""{ "peduli-caregivers": {} }""", definition["aliases"]!.ToJsonString());
    }

    [Fact]
    public async Task ARebuild_FillsANewIndex_ThenSwapsTheAliasInOneStep_AndDropsTheOldIndex()
    {
        var cluster = new RecordingCluster().Answer("GET _alias/peduli-caregivers", AliasAnswer).Answer("POST _bulk", BulkAnswer(201));
        var index = new ElasticsearchCaregiverIndex(cluster.Client(), "peduli");

        await index.ReplaceAllAsync(new[] { Nurse }.ToAsyncEnumerable(), version: 99, CancellationToken.None);

        Assert.Equal(
        [
            "PUT peduli-caregivers-99", "POST _bulk", "PUT peduli-caregivers-99/_settings", "POST peduli-caregivers-99/_refresh",
            "GET _alias/peduli-caregivers", "POST _aliases", "DELETE peduli-caregivers-1700000000000000",
        ], cluster.Requests.Select(r => r.Line));
        var created = System.Text.Json.Nodes.JsonNode.Parse(cluster.Requests[0].Body!)!;
        JsonAssert.Equal("""{ "peduli-caregivers-building": {} }""", created["aliases"]!.ToJsonString());
        // The client writes the interval as a number; Elasticsearch reads -1 as it reads "-1": no refreshes.
        Assert.Equal("-1", created["settings"]!["refresh_interval"]!.ToJsonString());
        Assert.Contains("\"_index\":\"peduli-caregivers-99\"", cluster.Requests[1].Body, StringComparison.Ordinal);
        JsonAssert.Equal("""{ "index": { "refresh_interval": null } }""", cluster.Requests[2].Body);
        JsonAssert.Equal("""
            { "actions": [
              { "add": { "index": "peduli-caregivers-99", "alias": "peduli-caregivers" } },
              { "remove": { "index": "peduli-caregivers-99", "alias": "peduli-caregivers-building" } },
              { "remove": { "index": "peduli-caregivers-1700000000000000", "alias": "peduli-caregivers" } }
            ] }
            """, cluster.Requests[5].Body);
    }

    [Fact]
    public async Task ARebuildThatFails_DeletesItsHalfBuiltIndex_AndLeavesTheAliasAlone()
    {
        var cluster = new RecordingCluster().Answer("POST _bulk", BulkAnswer(400));
        var index = new ElasticsearchCaregiverIndex(cluster.Client(), "peduli");

        await Assert.ThrowsAsync<ElasticsearchException>(
            () => index.ReplaceAllAsync(new[] { Nurse }.ToAsyncEnumerable(), version: 99, CancellationToken.None));

        Assert.Equal(["PUT peduli-caregivers-99", "POST _bulk", "DELETE peduli-caregivers-99"], cluster.Requests.Select(r => r.Line));
    }

    private const string EmptySearchAnswer = """
        { "hits": { "total": { "value": 0, "relation": "eq" }, "hits": [] },
          "aggregations": { "sterms#skills": { "buckets": [] }, "sterms#languages": { "buckets": [] } } }
        """;

    private const string IndexNotFound = """
        { "error": { "root_cause": [ { "type": "index_not_found_exception", "reason": "no such index [peduli-caregivers]" } ],
          "type": "index_not_found_exception", "reason": "no such index [peduli-caregivers]", "index": "peduli-caregivers" }, "status": 404 }
        """;

    private static string BulkAnswer(params int[] statuses) =>
        $$"""{ "errors": {{(statuses.Any(s => s >= 300) ? "true" : "false")}}, "items": [{{string.Join(',', statuses.Select(Item))}}] }""";

    private static string Item(int status) => status switch
    {
        409 => """{ "index": { "_id": "x", "status": 409, "error": { "type": "version_conflict_engine_exception", "reason": "current version is higher" } } }""",
        >= 300 => $$"""{ "index": { "_id": "x", "status": {{status}}, "error": { "type": "mapper_parsing_exception", "reason": "mapper_parsing_exception: failed to parse" } } }""",
        _ => $$"""{ "index": { "_id": "x", "status": {{status}} } }""",
    };

    private static CaregiverSearchQuery Query() => new(-5.14, 119.42, 10, [], [], null, false, null, SearchSort.Distance, 1, 20);
}
