using Marketplace.Application.Bookings;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Bookings;

public sealed class VisitPlanTests
{
    /// <summary>Tuesday 1 December 2026, 09:00 WITA.</summary>
    private static readonly DateTimeOffset Tuesday = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Starts_WithoutARepeat_IsTheOneVisit() =>
        Assert.Equal([Tuesday.ToUniversalTime()], VisitPlan.Starts(Tuesday, IndonesianTimeZones.Wita, null));

    [Fact]
    public void Starts_Weekly_RepeatsTheLocalTime_OnTheChosenDaysAndTheFirst()
    {
        var starts = VisitPlan.Starts(Tuesday, IndonesianTimeZones.Wita, new WeeklyRepeat([DayOfWeek.Friday], 2));

        Assert.Equal([Tuesday, Tuesday.AddDays(3), Tuesday.AddDays(7), Tuesday.AddDays(10)], starts);
    }

    [Theory]
    [InlineData(IndonesianTimeZones.Wib, 7)]
    [InlineData(IndonesianTimeZones.Wit, 9)]
    public void Starts_Weekly_KeepsTheWallClockOfTheCaregiversZone(string zone, int offset)
    {
        var start = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(offset));

        var starts = VisitPlan.Starts(start, zone, new WeeklyRepeat([], 3));

        Assert.All(starts, s => Assert.Equal(9, IndonesianTimeZones.ToLocal(s, zone).Hour));
        Assert.Equal(3, starts.Count);
    }
}
