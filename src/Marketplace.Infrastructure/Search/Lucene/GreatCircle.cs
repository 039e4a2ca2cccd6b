using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// The haversine distance of <see cref="Distance.Km"/> in the form a scan over many points can afford.
/// The distance is 2R·asin(√h) with h = sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2); it grows with h, so
/// "within r km" is "h ≤ Term(r)". With sin²(x/2) = (1 − cos x)/2 and the cosine of a difference
/// expanded, h needs only the sines and cosines of each point, which are computed once per caregiver.
/// The expanded form rounds differently (by a few units of 1e-16, which near a radius of 5 km is well
/// under a millimetre), so a point within <see cref="Margin"/> of the limit is decided by
/// <see cref="Distance.Km"/> itself: who is inside is always what a full scan says.
/// </summary>
internal static class GreatCircle
{
    /// <summary>A hundred times the expanded form's rounding error, as an absolute difference of h.</summary>
    public const double Margin = 1e-14;

    public static double Radians(double degrees) => degrees * Math.PI / 180;

    /// <summary>The haversine term h of a distance of <paramref name="km"/>.</summary>
    public static double Term(double km)
    {
        var half = Math.Sin(km / (2 * Distance.EarthRadiusKm));
        return half * half;
    }

    /// <summary>The distance in km of a haversine term <paramref name="term"/> (the inverse of <see cref="Term(double)"/>).</summary>
    public static double Km(double term) => 2 * Distance.EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Clamp(term, 0, 1)));

    /// <summary>h between two points given by their sines and cosines.</summary>
    public static double Term(double sinLat1, double cosLat1, double sinLon1, double cosLon1, double sinLat2, double cosLat2, double sinLon2, double cosLon2)
    {
        var cosLats = cosLat1 * cosLat2;
        var halfLat = (1 - cosLats - (sinLat1 * sinLat2)) / 2;
        var halfLon = (1 - (cosLon1 * cosLon2) - (sinLon1 * sinLon2)) / 2;
        return halfLat + (cosLats * halfLon);
    }
}
