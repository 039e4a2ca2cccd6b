using Marketplace.Application.Listings;
using Marketplace.Application.Search.Services;
using Marketplace.Infrastructure.Search.Elasticsearch;

namespace Marketplace.IntegrationTests.Search.Elasticsearch;

/// <summary>
/// The exact requests the services adapter sends through the official client, pinned against Elasticsearch's
/// documented shapes (terms in the client's long form, <c>{ "kind": { "value": … } }</c>).
/// </summary>
public sealed class ElasticsearchServiceIndexRequestTests
{
    private static readonly Guid ListingId = Guid.Parse("5f0c8f0e-8d8e-4c0b-9d44-3c1a2b3c4d5e");
    private static readonly Guid StopId = Guid.Parse("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

    [Fact]
    public async Task ReplacingAListing_WritesItsDocumentsAtTheNewVersion_ThenDeletesItsOlderOnes()
    {
        var cluster = new RecordingCluster()
            .Answer("GET _alias/peduli-services*", """{ "peduli-services-1": { "aliases": { "peduli-services": {} } } }""")
            .Answer("POST _bulk", """{ "errors": false, "items": [ { "index": { "_id": "x", "status": 201 } } ] }""");
        var index = new ElasticsearchServiceIndex(cluster.Client(), "peduli");
        var stop = new ServiceDocument(StopId, ListingId, ListingKind.MobileClinic, "Klinik Keliling Sehat", "Balai Desa Bontoa", -5.05, 119.5, [], [],
            new DateOnly(2026, 12, 9), 25_000);

        await index.ReplaceListingAsync(ListingId, [stop], version: 42, CancellationToken.None);

        Assert.Equal(["GET _alias/peduli-services*", "POST _bulk", "POST peduli-services-1/_delete_by_query?conflicts=proceed"], cluster.Requests.Select(r => r.Line));
        JsonAssert.Lines(
        [
            """{ "index": { "_index": "peduli-services-1", "_id": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "version": 42, "version_type": "external" } }""",
            """
            { "id": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "listingId": "5f0c8f0e-8d8e-4c0b-9d44-3c1a2b3c4d5e", "kind": "MobileClinic",
              "title": "Klinik Keliling Sehat", "placeName": "Balai Desa Bontoa", "location": { "lat": -5.05, "lon": 119.5 },
              "needs": [], "openingDays": [], "date": "2026-12-09", "priceIdr": 25000, "version": 42 }
            """,
        ], cluster.Requests[1].Body);
        JsonAssert.Equal("""
            { "query": { "bool": { "filter": [
              { "term": { "listingId": { "value": "5f0c8f0e-8d8e-4c0b-9d44-3c1a2b3c4d5e" } } },
              { "range": { "version": { "lt": 42 } } } ] } } }
            """, cluster.Requests[2].Body);
    }

    [Fact]
    public async Task ADaycareSearch_FiltersByKindDistanceNeedsAndOpeningDay_NearestFirst()
    {
        var cluster = new RecordingCluster().Answer("POST peduli-services/_search", """
            { "hits": { "total": { "value": 1 }, "hits": [ { "_source": {
              "id": "5f0c8f0e-8d8e-4c0b-9d44-3c1a2b3c4d5e", "listingId": "5f0c8f0e-8d8e-4c0b-9d44-3c1a2b3c4d5e", "kind": "Daycare",
              "title": "Rumah Ceria", "placeName": "Jl. Pettarani 10", "location": { "lat": -5.15, "lon": 119.44 },
              "needs": ["autism"], "openingDays": ["Monday"], "date": null, "priceIdr": 120000, "version": 3 } } ] } }
            """);
        var index = new ElasticsearchServiceIndex(cluster.Client(), "peduli");

        var result = await index.SearchAsync(
            new ServiceSearchQuery(ListingKind.Daycare, -5.14, 119.42, 5, ["autism"], new DateOnly(2026, 12, 7), Page: 1, PageSize: 10), CancellationToken.None);

        // No aggregations, so the client asks for no typed keys either.
        Assert.Equal("POST peduli-services/_search", cluster.Requests.Single().Line);
        JsonAssert.Equal("""
            { "from": 0, "size": 10, "track_total_hits": true,
              "query": { "bool": { "filter": [
                { "term": { "kind": { "value": "Daycare" } } },
                { "geo_distance": { "distance": "5km", "location": { "lat": -5.14, "lon": 119.42 } } },
                { "term": { "needs": { "value": "autism" } } },
                { "term": { "openingDays": { "value": "Monday" } } } ] } },
              "sort": [
                { "_geo_distance": { "location": { "lat": -5.14, "lon": 119.42 }, "order": "asc", "unit": "km", "distance_type": "arc" } },
                { "date": { "order": "asc" } },
                { "id": { "order": "asc" } } ] }
            """, cluster.Requests.Single().Body);
        var hit = Assert.Single(result.Items);
        Assert.Equal((ListingId, (Guid?)null, "Rumah Ceria", 120_000L), (hit.ListingId, hit.StopId, hit.Title, hit.PriceIdr));
        Assert.Equal(1, result.Total);
    }
}
