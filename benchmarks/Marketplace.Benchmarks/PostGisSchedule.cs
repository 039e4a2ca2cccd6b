using Marketplace.Application.Bookings;
using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;
using NpgsqlTypes;

namespace Marketplace.Benchmarks;

/// <summary>
/// <see cref="WeeklySchedule.Covers"/> plus the booked visits in PostgreSQL's terms. Each weekly window becomes an
/// <c>int4range</c> of minutes since Monday 00:00 UTC (none of Indonesia's zones keeps daylight saving time, so a
/// local window is the same UTC range every week); a window that runs past the week's end in UTC is also kept a week
/// earlier, so that a visit early on Monday UTC finds it. The windows are an <c>int4range[]</c>, not a multirange:
/// a multirange joins touching windows (Monday 06:00–10:00 and 10:00–12:00, or Monday until midnight and Tuesday
/// from it) into one, and a visit across the join would pass where the rule, one window holding the whole visit,
/// does not. A window never crosses local midnight, so a visit inside one does not either. Time off and booked
/// visits are one <c>tstzmultirange</c> of half-open ranges: joining touching ones does not change what overlaps
/// them, and <c>&amp;&amp;</c> is the rule's a.From &lt; b.End &amp;&amp; b.Start &lt; a.To. Minutes are rounded
/// inwards for windows and outwards for visits (the synthetic ones are whole half hours anyway).
/// </summary>
internal static class PostGisSchedule
{
    private const int MinutesPerDay = 24 * 60;
    private const int Week = 7 * MinutesPerDay;

    public static NpgsqlRange<int>[] Windows(string timeZone, IReadOnlyList<WeeklySlot> weekly)
    {
        var offset = (int)IndonesianTimeZones.ToLocal(DateTimeOffset.UnixEpoch, timeZone).Offset.TotalMinutes;
        var windows = new List<NpgsqlRange<int>>();
        foreach (var slot in weekly)
        {
            var start = (int)Math.Ceiling(slot.Start.ToTimeSpan().TotalMinutes);
            var end = slot.End == TimeOnly.MaxValue ? MinutesPerDay : (int)Math.Floor(slot.End.ToTimeSpan().TotalMinutes);
            var from = Mod((DayIndex(slot.Day) * MinutesPerDay) + start - offset);
            windows.Add(HalfOpen(from, from + end - start));
            if (from + end - start > Week)
            {
                windows.Add(HalfOpen(from - Week, from + end - start - Week));
            }
        }

        return [.. windows];
    }

    /// <summary>The visit as minutes since Monday 00:00 UTC of its week: the start within the week, the end up to a day later.</summary>
    public static NpgsqlRange<int> Visit(DateTimeOffset start, TimeSpan duration)
    {
        var utc = start.UtcDateTime;
        var from = (DayIndex(utc.DayOfWeek) * MinutesPerDay) + (int)Math.Floor(utc.TimeOfDay.TotalMinutes);
        var wholeMinuteStart = new DateTimeOffset(utc.Date, TimeSpan.Zero).AddMinutes(Math.Floor(utc.TimeOfDay.TotalMinutes));
        return HalfOpen(from, from + (int)Math.Ceiling((start + duration - wholeMinuteStart).TotalMinutes));
    }

    /// <summary>Time off and booked visits: the times the caregiver is not free, whatever the week says.</summary>
    public static NpgsqlRange<DateTime>[] Busy(IReadOnlyList<TimeOff> timeOff, IReadOnlyList<TimeWindow> booked) =>
        [.. timeOff.Select(period => Instants(period.From, period.To)).Concat(booked.Select(visit => Instants(visit.Start, visit.End))).OrderBy(range => range.LowerBound)];

    public static NpgsqlRange<DateTime> Instants(DateTimeOffset from, DateTimeOffset to) => new(from.UtcDateTime, true, to.UtcDateTime, false);

    private static NpgsqlRange<int> HalfOpen(int from, int to) => new(from, true, to, false);

    private static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    private static int Mod(int minutes) => ((minutes % Week) + Week) % Week;
}
