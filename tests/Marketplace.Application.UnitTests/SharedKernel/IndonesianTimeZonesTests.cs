using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.SharedKernel;

public sealed class IndonesianTimeZonesTests
{
    private static readonly DateTimeOffset NoonUtc = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("73.71.10", IndonesianTimeZones.Wita)] // Makassar
    [InlineData("31.71", IndonesianTimeZones.Wib)] // Jakarta Pusat
    [InlineData("51", IndonesianTimeZones.Wita)] // Bali
    [InlineData("91", IndonesianTimeZones.Wit)] // Papua
    [InlineData("61", IndonesianTimeZones.Wib)] // Kalimantan Barat
    [InlineData("64", IndonesianTimeZones.Wita)] // Kalimantan Timur
    public void ForArea_FollowsTheProvince(string area, string zone) =>
        Assert.Equal(zone, IndonesianTimeZones.ForArea(AreaCode.Parse(area)));

    [Theory]
    [InlineData(IndonesianTimeZones.Wib, 19, 7)]
    [InlineData(IndonesianTimeZones.Wita, 20, 8)]
    [InlineData(IndonesianTimeZones.Wit, 21, 9)]
    public void ToLocal_ShowsTheWallClockOfTheZone(string zone, int hour, int offsetHours)
    {
        var local = IndonesianTimeZones.ToLocal(NoonUtc, zone);

        Assert.Equal(hour, local.Hour);
        Assert.Equal(TimeSpan.FromHours(offsetHours), local.Offset);
        Assert.Equal(NoonUtc, local);
    }

    [Fact]
    public void Abbreviation_IsTheOneIndonesiansUse() =>
        Assert.Equal("WITA", IndonesianTimeZones.Abbreviation(IndonesianTimeZones.Wita));
}
