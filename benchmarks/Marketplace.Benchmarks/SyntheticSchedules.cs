using Marketplace.Application.Bookings;
using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Benchmarks;

/// <summary>
/// Caregivers' weeks as people keep them, so that a search for a visit filters: 30 % work Monday to Saturday
/// 06:00–20:00, 20 % mornings only (06:00–12:00, Monday to Saturday), 20 % weekdays 08:00–17:00, 15 % split
/// days (06:00–10:00 and 15:00–20:00, two windows a day, Monday to Saturday) and 15 % three or four long days
/// (10:00–22:00) of any in the week; every pattern starts 0, 30 or 60 minutes later for a third each. 15 % take
/// time off (half a day to a week) and 40 % have 1–8 visits booked, all in the two weeks of
/// <see cref="SearchQueryMix.FirstVisitDay"/> that the mix's visits fall in. Drawn from the caller's
/// <see cref="Random"/>, so a seed gives the same weeks.
/// </summary>
internal static class SyntheticSchedules
{
    private static readonly DayOfWeek[] MondayToSaturday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];

    private static readonly DayOfWeek[] Weekdays = MondayToSaturday[..5];

    public static IReadOnlyList<WeeklySlot> Weekly(Random random)
    {
        var pick = random.Next(100);
        var later = 30 * random.Next(3);
        var (days, hours) = pick switch
        {
            < 30 => (MondayToSaturday, new[] { (From: 6, To: 20) }),
            < 50 => (MondayToSaturday, new[] { (From: 6, To: 12) }),
            < 70 => (Weekdays, new[] { (From: 8, To: 17) }),
            < 85 => (MondayToSaturday, new[] { (From: 6, To: 10), (From: 15, To: 20) }),
            _ => (Enum.GetValues<DayOfWeek>().OrderBy(_ => random.Next()).Take(3 + random.Next(2)).ToArray(), new[] { (From: 10, To: 22) }),
        };
        return [.. from day in days
                   from window in hours
                   select new WeeklySlot(day, new TimeOnly(window.From, 0).AddMinutes(later), new TimeOnly(window.To, 0).AddMinutes(later))];
    }

    public static IReadOnlyList<TimeOff> TimeOff(Random random, string timeZone)
    {
        if (random.Next(100) >= 15)
        {
            return [];
        }

        var from = IndonesianTimeZones.ToInstant(SearchQueryMix.FirstVisitDay.AddDays(random.Next(SearchQueryMix.VisitDays)), new TimeOnly(12 * random.Next(2), 0), timeZone);
        return [new TimeOff(from, from.AddHours(12 * (1 + random.Next(14))))];
    }

    /// <summary>Visits of 1–4 hours inside the caregiver's windows, none overlapping another.</summary>
    public static IReadOnlyList<TimeWindow> Booked(Random random, IReadOnlyList<WeeklySlot> weekly, string timeZone)
    {
        if (random.Next(100) >= 40)
        {
            return [];
        }

        var booked = new List<TimeWindow>();
        for (var visits = 1 + random.Next(8); visits > 0; visits--)
        {
            var slot = weekly[random.Next(weekly.Count)];
            var day = SearchQueryMix.FirstVisitDay.AddDays((7 * random.Next(2)) + (((int)slot.Day + 6) % 7));
            var hours = Math.Min(1 + random.Next(4), (int)(slot.End - slot.Start).TotalHours);
            var halfHours = (int)((slot.End - slot.Start).TotalMinutes / 30) - (2 * hours);
            var start = IndonesianTimeZones.ToInstant(day, slot.Start.AddMinutes(30 * random.Next(halfHours + 1)), timeZone);
            var visit = new TimeWindow(start, start.AddHours(hours));
            if (!booked.Any(other => other.Start < visit.End && visit.Start < other.End))
            {
                booked.Add(visit);
            }
        }

        return booked;
    }
}
