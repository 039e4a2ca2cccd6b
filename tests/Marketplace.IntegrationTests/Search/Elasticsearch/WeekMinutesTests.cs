using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Search.Elasticsearch;

namespace Marketplace.IntegrationTests.Search.Elasticsearch;

/// <summary>The UTC week ranges Elasticsearch is given answer "does a window hold this visit?" exactly as <see cref="WeeklySchedule.Covers"/> does.</summary>
public sealed class WeekMinutesTests
{
    private static readonly string[] Zones = [IndonesianTimeZones.Wib, IndonesianTimeZones.Wita, IndonesianTimeZones.Wit];

    [Fact]
    public void ARangeHoldsAVisit_ExactlyWhenTheWeeklyScheduleCoversIt()
    {
        var random = new Random(2026);
        var covered = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var zone = Zones[random.Next(Zones.Length)];
            var weekly = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Slot(random)).ToList();
            var start = new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero).AddMinutes(30 * random.Next(2 * 24 * 9));
            var duration = TimeSpan.FromMinutes(30 * (1 + random.Next(16)));

            var expected = WeeklySchedule.Covers(zone, weekly, [], start, duration);
            var visit = WeekMinutes.Visit(start, duration);
            var found = WeekMinutes.Windows(zone, weekly).Any(window => window.From <= visit.From && visit.To <= window.To);

            Assert.True(expected == found, $"{zone} {string.Join(", ", weekly)} visit {start:O} for {duration}: expected {expected}");
            covered += expected ? 1 : 0;
        }

        // The draw must exercise both answers, or the comparison proves little.
        Assert.InRange(covered, 200, 19_800);
    }

    [Fact]
    public void AWindowRunningToMidnight_HoldsAVisitEndingAtMidnight()
    {
        var weekly = new[] { new WeeklySlot(DayOfWeek.Sunday, new TimeOnly(20, 0), TimeOnly.MaxValue) };
        var start = new DateTimeOffset(2026, 12, 13, 22, 0, 0, TimeSpan.FromHours(8));

        var visit = WeekMinutes.Visit(start, TimeSpan.FromHours(2));

        Assert.True(WeeklySchedule.Covers(IndonesianTimeZones.Wita, weekly, [], start, TimeSpan.FromHours(2)));
        Assert.Contains(WeekMinutes.Windows(IndonesianTimeZones.Wita, weekly), window => window.From <= visit.From && visit.To <= window.To);
    }

    private static WeeklySlot Slot(Random random)
    {
        var startHalfHour = random.Next(46);
        var endHalfHour = Math.Min(startHalfHour + 1 + random.Next(20), 48);
        var end = endHalfHour == 48 ? TimeOnly.MaxValue : new TimeOnly(0, 0).AddMinutes(30 * endHalfHour);
        return new WeeklySlot((DayOfWeek)random.Next(7), new TimeOnly(0, 0).AddMinutes(30 * startHalfHour), end);
    }
}
