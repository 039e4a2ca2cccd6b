using Marketplace.Infrastructure.Search.Lucene;

namespace Marketplace.IntegrationTests.Search;

/// <summary>The embedded index's free-time bit sets keep a bounded number of days' busy sets, and dropping one changes no answer.</summary>
public sealed class FreeTimeSetsTests
{
    private static readonly long FirstDay = new DateTime(2026, 12, 1).Ticks / TimeSpan.TicksPerDay;

    [Fact]
    public void ASegmentAskedForDayAfterDay_KeepsOnlyTheDaysAskedForLately_AndADayDroppedAnswersAsBefore()
    {
        // Three caregivers working all week in one zone; the second has time off 02:00–03:00 UTC on the first day.
        var busyFrom = (FirstDay * TimeSpan.TicksPerDay) + TimeSpan.FromHours(2).Ticks;
        var sets = FreeTimeSets.Build(
            zone: [0, 0, 0], zoneCount: 1, windowStarts: [0, 2, 4, 6], windows: [0, 10080, 0, 10080, 0, 10080],
            busyStarts: [0, 0, 2, 2], busy: [busyFrom, busyFrom + TimeSpan.FromHours(1).Ticks]);

        var onFirstDay = SurelyFreeOn(sets, FirstDay);
        for (var day = FirstDay + 1; day <= FirstDay + 100; day++)
        {
            Assert.Equal(0b111UL, SurelyFreeOn(sets, day));
            Assert.InRange(sets.BusyDaysHeld, 1, FreeTimeSets.BusyDaysKept);
        }

        Assert.Equal(0b101UL, onFirstDay);
        Assert.Equal(onFirstDay, SurelyFreeOn(sets, FirstDay));
    }

    [Theory]
    [InlineData(0, 120, 0b1111UL)]
    [InlineData(60, 120, 0b1111UL)]
    [InlineData(210, 240, 0b1111UL)]
    [InlineData(120, 150, 0b1101UL)]
    [InlineData(180, 240, 0b1011UL)]
    [InlineData(180, 210, 0b1011UL)]
    [InlineData(60, 180, 0b1001UL)]
    [InlineData(150, 180, 0b1001UL)]
    [InlineData(150, 210, 0b1001UL)]
    public void ACaregiverBusyForAnHour_IsDecidedBusyForVisitsOverlappingIt_AndTouchingWindowsAreLeftToBeJudged(int fromMinute, int untilMinute, ulong mayBeFree)
    {
        // The second caregiver has time off 02:00–03:00 UTC, the third a visit 02:40–03:10 (within two half hours); a
        // visit that ends as one starts, or starts as it ends, is decided free by the sets; one overlapping it, busy. The
        // fourth works two windows that touch at 10:00: whether one window holds a visit is judged one by one.
        var dayStart = FirstDay * TimeSpan.TicksPerDay;
        var minute = TimeSpan.TicksPerMinute;
        var sets = FreeTimeSets.Build(
            zone: [0, 0, 0, 0], zoneCount: 1, windowStarts: [0, 2, 4, 6, 10], windows: [0, 10080, 0, 10080, 0, 10080, 0, 600, 600, 10080],
            busyStarts: [0, 0, 2, 4, 4], busy: [dayStart + (120 * minute), dayStart + (180 * minute), dayStart + (160 * minute), dayStart + (190 * minute)]);
        var (from, until) = (fromMinute * minute, untilMinute * minute);

        var visit = new VisitTimes(dayStart + from, dayStart + until, [(from, until)]);

        var (may, surely) = sets.For(visit)!.Of(0);
        Assert.Equal(mayBeFree, may);
        Assert.Equal(mayBeFree & 0b0111UL, surely);
    }

    /// <summary>Who is surely free for a 02:00–04:00 UTC visit on <paramref name="day"/> (days since 0001-01-01), of the first 64.</summary>
    private static ulong SurelyFreeOn(FreeTimeSets sets, long day)
    {
        var start = (day * TimeSpan.TicksPerDay) + TimeSpan.FromHours(2).Ticks;
        var visit = new VisitTimes(start, start + TimeSpan.FromHours(2).Ticks, [(TimeSpan.FromHours(2).Ticks, TimeSpan.FromHours(4).Ticks)]);
        return sets.For(visit)!.Of(0).SurelyFree;
    }
}
