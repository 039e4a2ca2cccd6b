namespace Marketplace.Application.Search;

/// <summary>Great-circle distance on a sphere of the Earth's mean radius (haversine), in kilometres.</summary>
public static class Distance
{
    public const double EarthRadiusKm = 6371.0088;

    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The latitude and longitude spans that surely contain every point within <paramref name="radiusKm"/>.</summary>
    public static (double MinLat, double MaxLat, double MinLon, double MaxLon) BoundingBox(double lat, double lon, double radiusKm)
    {
        var dLat = radiusKm / EarthRadiusKm * (180 / Math.PI);
        var dLon = dLat / Math.Max(Math.Cos(Radians(Math.Min(89, Math.Abs(lat) + dLat))), 1e-6);
        return (lat - dLat, lat + dLat, lon - dLon, lon + dLon);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
