using Elastic.Clients.Elasticsearch;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>A <c>geo_point</c> in a stored document, in degrees: <c>{ "lat": …, "lon": … }</c>.</summary>
internal sealed record LatLon(double Lat, double Lon)
{
    /// <summary>The point as the client's query and sort shapes take it.</summary>
    public static GeoLocation Location(double lat, double lon) => GeoLocation.LatitudeLongitude(new LatLonGeoLocation { Lat = lat, Lon = lon });

    /// <summary>Nearest to the point first, by the great-circle (<c>arc</c>) distance in km.</summary>
    public static GeoDistanceSort NearestFirst(double lat, double lon) => new()
    {
        Field = "location",
        Location = [Location(lat, lon)],
        Order = SortOrder.Asc,
        Unit = DistanceUnit.Kilometers,
        DistanceType = GeoDistanceType.Arc,
    };
}
