using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>
/// A caregiver's weekly windows as ranges of minutes since Monday 00:00 UTC, so one range query answers
/// "is there a window that holds this visit?" for caregivers in any of Indonesia's zones (none keeps
/// daylight saving time, so a window is the same UTC range every week). A window that crosses the week's
/// end in UTC is also kept one week earlier, so a visit early on Monday UTC finds it.
/// Minutes are rounded inwards for windows and outwards for visits: a visit is never judged free when
/// <see cref="WeeklySchedule.Covers"/> would not.
/// </summary>
internal static class WeekMinutes
{
    public const int Week = 7 * MinutesPerDay;
    private const int MinutesPerDay = 24 * 60;

    public static IEnumerable<(int From, int To)> Windows(string timeZone, IReadOnlyList<WeeklySlot> weekly)
    {
        var offset = (int)IndonesianTimeZones.ToLocal(DateTimeOffset.UnixEpoch, timeZone).Offset.TotalMinutes;
        foreach (var slot in weekly)
        {
            var start = (int)Math.Ceiling(slot.Start.ToTimeSpan().TotalMinutes);
            var end = slot.End == TimeOnly.MaxValue ? MinutesPerDay : (int)Math.Floor(slot.End.ToTimeSpan().TotalMinutes);
            var from = Mod((DayIndex(slot.Day) * MinutesPerDay) + start - offset);
            var to = from + end - start;
            yield return (from, to);
            if (to > Week)
            {
                yield return (from - Week, to - Week);
            }
        }
    }

    /// <summary>The visit as minutes since Monday 00:00 UTC: the start in the week, the end up to a day later.</summary>
    public static (int From, int To) Visit(DateTimeOffset start, TimeSpan duration)
    {
        var utc = start.UtcDateTime;
        var from = (DayIndex(utc.DayOfWeek) * MinutesPerDay) + (int)Math.Floor(utc.TimeOfDay.TotalMinutes);
        var wholeMinuteStart = new DateTimeOffset(utc.Date, TimeSpan.Zero).AddMinutes(Math.Floor(utc.TimeOfDay.TotalMinutes));
        return (from, from + (int)Math.Ceiling((start + duration - wholeMinuteStart).TotalMinutes));
    }

    private static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    private static int Mod(int minutes) => ((minutes % Week) + Week) % Week;
}
