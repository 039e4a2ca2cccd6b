using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.SharedKernel;

public sealed class GeoPointTests
{
    [Theory]
    [InlineData(-5.1477, 119.4327)] // Makassar
    [InlineData(5.8926, 95.3238)] // Sabang
    [InlineData(-8.4932, 140.4018)] // Merauke
    public void Create_InsideIndonesia_Succeeds(double latitude, double longitude) =>
        Assert.Equal(latitude, GeoPoint.Create(latitude, longitude).Latitude);

    [Theory]
    [InlineData(1.3521, 103.8198, true)] // Singapore sits inside the bounding box; the box is a first check only.
    [InlineData(51.5072, -0.1276, false)] // London
    [InlineData(-5.1477, 200, false)]
    public void IsWithinIndonesia_ChecksTheBoundingBox(double latitude, double longitude, bool expected) =>
        Assert.Equal(expected, GeoPoint.IsWithinIndonesia(latitude, longitude));

    [Fact]
    public void Create_OutsideIndonesia_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GeoPoint.Create(51.5072, -0.1276));
}
