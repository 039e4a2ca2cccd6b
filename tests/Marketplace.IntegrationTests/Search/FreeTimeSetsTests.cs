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
    [InlineData(0, 2, 0b111UL)]
    [InlineData(1, 2, 0b111UL)]
    [InlineData(3, 4, 0b111UL)]
    [InlineData(1, 3, 0b101UL)]
    [InlineData(2, 3, 0b101UL)]
    public void ACaregiverBusyForAnHour_IsUndecidedOnlyForVisitsOverlappingIt(int fromHour, int untilHour, ulong surelyFree)
    {
        // The second caregiver has time off 02:00–03:00 UTC; a visit that ends as it starts, or starts as it ends, is
        // decided free by the sets; one that overlaps it is left to be judged one by one.
        var dayStart = FirstDay * TimeSpan.TicksPerDay;
        var sets = FreeTimeSets.Build(
            zone: [0, 0, 0], zoneCount: 1, windowStarts: [0, 2, 4, 6], windows: [0, 10080, 0, 10080, 0, 10080],
            busyStarts: [0, 0, 2, 2], busy: [dayStart + TimeSpan.FromHours(2).Ticks, dayStart + TimeSpan.FromHours(3).Ticks]);
        var (from, until) = (TimeSpan.FromHours(fromHour).Ticks, TimeSpan.FromHours(untilHour).Ticks);

        var visit = new VisitTimes(dayStart + from, dayStart + until, [(from, until)]);

        Assert.Equal(surelyFree, sets.For(visit)!.Of(0).SurelyFree);
    }

    /// <summary>Who is surely free for a 02:00–04:00 UTC visit on <paramref name="day"/> (days since 0001-01-01), of the first 64.</summary>
    private static ulong SurelyFreeOn(FreeTimeSets sets, long day)
    {
        var start = (day * TimeSpan.TicksPerDay) + TimeSpan.FromHours(2).Ticks;
        var visit = new VisitTimes(start, start + TimeSpan.FromHours(2).Ticks, [(TimeSpan.FromHours(2).Ticks, TimeSpan.FromHours(4).Ticks)]);
        return sets.For(visit)!.Of(0).SurelyFree;
    }
}
