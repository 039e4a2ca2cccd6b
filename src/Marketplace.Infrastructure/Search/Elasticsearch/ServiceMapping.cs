using System.Globalization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Marketplace.Application.Listings;
using Marketplace.Application.Search.Services;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>How the services index is defined and searched, and which documents a listing's replacement removes.</summary>
internal static class ServiceMapping
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>A request creating <paramref name="index"/> with strict mappings for <see cref="ServiceSource"/>.</summary>
    public static CreateIndexRequest CreateIndex(IndexName index) => new(index)
    {
        Mappings = new TypeMapping
        {
            Dynamic = DynamicMapping.Strict,
            Properties = new Properties
            {
                ["id"] = new KeywordProperty(),
                ["listingId"] = new KeywordProperty(),
                ["kind"] = new KeywordProperty(),
                ["title"] = new KeywordProperty { Index = false },
                ["placeName"] = new KeywordProperty { Index = false },
                ["location"] = new GeoPointProperty(),
                ["needs"] = new KeywordProperty(),
                ["openingDays"] = new KeywordProperty(),
                ["date"] = new DateProperty { Format = DateFormat },
                ["priceIdr"] = new LongNumberProperty(),
                ["version"] = new LongNumberProperty(),
            },
        },
    };

    /// <summary>The listing's documents written before <paramref name="version"/>: those a replacement at that version removes.</summary>
    public static BoolQuery OlderDocumentsOf(Guid listingId, long version) => new()
    {
        Filter = [new TermQuery("listingId", listingId.ToString()), new NumberRangeQuery("version") { Lt = version }],
    };

    /// <summary>Kind, distance, every need, the date (an opening day for a daycare, the stop's date for a clinic); nearest first.</summary>
    public static SearchRequest Search(string alias, ServiceSearchQuery search)
    {
        List<Query> filters =
        [
            new TermQuery("kind", search.Kind.ToString()),
            new GeoDistanceQuery
            {
                Distance = $"{search.RadiusKm.ToString(CultureInfo.InvariantCulture)}km",
                Field = "location",
                Location = LatLon.Location(search.Lat, search.Lon),
            },
            .. search.Needs.Select(need => (Query)new TermQuery("needs", need)),
        ];
        if (search.Kind == ListingKind.MobileClinic && search.NotBefore is { } notBefore)
        {
            filters.Add(new DateRangeQuery("date") { Gte = notBefore.ToString(DateFormat, CultureInfo.InvariantCulture) });
        }

        if (search.Date is { } date)
        {
            filters.Add(search.Kind == ListingKind.Daycare
                ? new TermQuery("openingDays", date.DayOfWeek.ToString())
                : new TermQuery("date", date.ToString(DateFormat, CultureInfo.InvariantCulture)));
        }

        return new SearchRequest(alias)
        {
            From = (search.Page - 1) * search.PageSize,
            Size = search.PageSize,
            TrackTotalHits = new(true),
            Query = new BoolQuery { Filter = filters },
            Sort = [LatLon.NearestFirst(search.Lat, search.Lon), new FieldSort("date") { Order = SortOrder.Asc }, new FieldSort("id") { Order = SortOrder.Asc }],
        };
    }
}
