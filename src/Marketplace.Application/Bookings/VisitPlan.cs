using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings;

/// <summary>
/// When the visits of a home-care booking fall. A one-off booking is its start. A weekly booking repeats
/// the start's local time on each chosen day for a number of weeks counted from the start's date, so a
/// visit stays at 09:00 WITA whatever the offset of the request.
/// </summary>
public static class VisitPlan
{
    public const int MaxWeeks = 12;

    public static IReadOnlyList<DateTimeOffset> Starts(DateTimeOffset start, string timeZone, WeeklyRepeat? repeat)
    {
        if (repeat is null)
        {
            return [start.ToUniversalTime()];
        }

        var local = IndonesianTimeZones.ToLocal(start, timeZone);
        var firstDate = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var days = repeat.Days.Append(local.DayOfWeek).ToHashSet();
        return [.. Enumerable.Range(0, repeat.Weeks * 7)
            .Select(firstDate.AddDays)
            .Where(date => days.Contains(date.DayOfWeek))
            .Select(date => IndonesianTimeZones.ToInstant(date, time, timeZone))];
    }
}

/// <summary>Repeat on these days of the week for this many weeks (the start's own day always counts).</summary>
public sealed record WeeklyRepeat(IReadOnlyList<DayOfWeek> Days, int Weeks);
