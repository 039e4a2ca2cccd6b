using System.Security.Cryptography;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Caregivers;

/// <summary>
/// Where the rest of the world places a caregiver: a point 300 to 600 metres from their home in a direction
/// drawn at random when the home is set, then kept. Search, its distance filter, its service-radius filter
/// and the booking's service-area check all use it, so no number of searches from any number of points can
/// locate the home itself: at best they find this point. Most caregivers are women who visit strangers'
/// homes; where they sleep is theirs to share.
/// </summary>
public static class PublicLocation
{
    public const double MinOffsetKm = 0.3;
    public const double MaxOffsetKm = 0.6;

    /// <summary>A point between <see cref="MinOffsetKm"/> and <see cref="MaxOffsetKm"/> from <paramref name="home"/>, drawn with a cryptographic generator.</summary>
    public static GeoPoint Near(GeoPoint home)
    {
        var distanceKm = MinOffsetKm + (Uniform() * (MaxOffsetKm - MinOffsetKm));
        var bearing = Uniform() * 2 * Math.PI;

        // The destination of a great-circle path (a few hundred metres: flat-earth would do, but this is exact).
        var angle = distanceKm / Search.Distance.EarthRadiusKm;
        var lat1 = double.DegreesToRadians(home.Latitude);
        var lon1 = double.DegreesToRadians(home.Longitude);
        var lat2 = Math.Asin((Math.Sin(lat1) * Math.Cos(angle)) + (Math.Cos(lat1) * Math.Sin(angle) * Math.Cos(bearing)));
        var lon2 = lon1 + Math.Atan2(Math.Sin(bearing) * Math.Sin(angle) * Math.Cos(lat1), Math.Cos(angle) - (Math.Sin(lat1) * Math.Sin(lat2)));

        // A home at the very edge of Indonesia's box keeps its point inside it (the offset then shrinks on that side only).
        return GeoPoint.Create(
            Math.Clamp(double.RadiansToDegrees(lat2), GeoPoint.MinLatitude, GeoPoint.MaxLatitude),
            Math.Clamp(double.RadiansToDegrees(lon2), GeoPoint.MinLongitude, GeoPoint.MaxLongitude));
    }

    private static double Uniform() => RandomNumberGenerator.GetInt32(int.MaxValue) / (double)int.MaxValue;
}
