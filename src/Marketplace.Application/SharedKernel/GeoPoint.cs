namespace Marketplace.Application.SharedKernel;

/// <summary>A point on the earth in degrees (WGS 84), always inside Indonesia's bounding box.</summary>
public sealed record GeoPoint
{
    // Indonesia from Sabang (about 95.3 E, 6.1 N) to Merauke (about 141.0 E, 11.0 S), with a margin for its waters.
    public const double MinLatitude = -11.5;
    public const double MaxLatitude = 6.5;
    public const double MinLongitude = 94.5;
    public const double MaxLongitude = 141.5;

    private GeoPoint(double latitude, double longitude)
    {
        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }

    public double Longitude { get; }

    public static bool IsWithinIndonesia(double latitude, double longitude) =>
        latitude is >= MinLatitude and <= MaxLatitude && longitude is >= MinLongitude and <= MaxLongitude;

    public static GeoPoint Create(double latitude, double longitude) =>
        IsWithinIndonesia(latitude, longitude)
            ? new GeoPoint(latitude, longitude)
            : throw new ArgumentOutOfRangeException(nameof(latitude), $"({latitude}, {longitude}) is not in Indonesia.");
}
