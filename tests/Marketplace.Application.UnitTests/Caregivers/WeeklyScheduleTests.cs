using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Caregivers;

public sealed class WeeklyScheduleTests
{
    private static readonly WeeklySlot[] MondayDaytime = [new(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(16, 0))];

    /// <summary>Monday 7 December 2026.</summary>
    private static DateTimeOffset Monday(int hour, int offsetHours) => new(2026, 12, 7, hour, 0, 0, TimeSpan.FromHours(offsetHours));

    [Theory]
    [InlineData(IndonesianTimeZones.Wita, 8)]
    [InlineData(IndonesianTimeZones.Wib, 7)]
    [InlineData(IndonesianTimeZones.Wit, 9)]
    public void Covers_AVisitInsideTheWindow_InTheCaregiversOwnZone(string zone, int offset)
    {
        Assert.True(WeeklySchedule.Covers(zone, MondayDaytime, [], Monday(9, offset), TimeSpan.FromHours(3)));
        Assert.True(WeeklySchedule.Covers(zone, MondayDaytime, [], Monday(13, offset), TimeSpan.FromHours(3)));
    }

    [Fact]
    public void Covers_AVisitWrittenInAnotherZone_IsReadInTheCaregiversZone()
    {
        // 14:00 in Jakarta is 16:00 in Jayapura: too late for a window ending at 16:00 there.
        Assert.False(WeeklySchedule.Covers(IndonesianTimeZones.Wit, MondayDaytime, [], Monday(14, 7), TimeSpan.FromHours(1)));
        Assert.True(WeeklySchedule.Covers(IndonesianTimeZones.Wib, MondayDaytime, [], Monday(14, 7), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Covers_AVisitRunningPastTheWindow_IsRefused()
    {
        Assert.False(WeeklySchedule.Covers(IndonesianTimeZones.Wita, MondayDaytime, [], Monday(14, 8), TimeSpan.FromHours(3)));
    }

    [Fact]
    public void Covers_AVisitOnADayWithoutAWindow_IsRefused()
    {
        Assert.False(WeeklySchedule.Covers(IndonesianTimeZones.Wita, MondayDaytime, [], Monday(9, 8).AddDays(1), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Covers_AVisitTouchingTimeOff_IsRefused()
    {
        TimeOff[] away = [new(Monday(11, 8), Monday(12, 8))];

        Assert.False(WeeklySchedule.Covers(IndonesianTimeZones.Wita, MondayDaytime, away, Monday(9, 8), TimeSpan.FromHours(3)));
        Assert.True(WeeklySchedule.Covers(IndonesianTimeZones.Wita, MondayDaytime, away, Monday(12, 8), TimeSpan.FromHours(3)));
    }

    [Fact]
    public void Covers_AVisitPastMidnight_IsRefused()
    {
        WeeklySlot[] lateShift = [new(DayOfWeek.Monday, new TimeOnly(20, 0), TimeOnly.MaxValue)];

        Assert.False(WeeklySchedule.Covers(IndonesianTimeZones.Wita, lateShift, [], Monday(22, 8), TimeSpan.FromHours(3)));
        Assert.True(WeeklySchedule.Covers(IndonesianTimeZones.Wita, lateShift, [], Monday(21, 8), TimeSpan.FromHours(2)));
    }
}
