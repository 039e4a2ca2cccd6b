using System.Globalization;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Web.Calendar;

/// <summary>
/// The week or month a calendar page shows, from <see cref="First"/> up to (not including) <see cref="End"/>, and the
/// grid of whole weeks (Monday to Sunday) it is drawn on: a month's grid begins on the Monday before its first day and
/// ends after the Sunday after its last, at most six weeks.
/// </summary>
public sealed record CalendarPeriod(DateOnly First, DateOnly End, bool IsMonth)
{
    public DateOnly GridFirst => MondayOf(First);

    public DateOnly GridEnd => MondayOf(End.AddDays(-1)).AddDays(7);

    /// <summary>Whether the whole grid lies in the years the site deals in (2000 to 2100), so it can be asked for.</summary>
    public bool IsShown => PlausibleDates.IsPlausible(GridFirst) && PlausibleDates.IsPlausible(GridEnd);

    public static CalendarPeriod WeekOf(DateOnly day) => new(MondayOf(day), MondayOf(day).AddDays(7), IsMonth: false);

    public static CalendarPeriod MonthOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new(first, first.AddMonths(1), IsMonth: true);
    }

    /// <summary>
    /// The period an address asks for (<c>?month=2026-12</c> or <c>?week=2026-12-07</c>, any day of the week); with
    /// neither, the week of <paramref name="today"/>. A value that cannot be read or lies beyond the years shown gives
    /// the period of <paramref name="today"/> of the same kind, and <c>Refused</c> so the page can say why.
    /// </summary>
    public static (CalendarPeriod Period, bool Refused) Read(string? week, string? month, DateOnly today)
    {
        if (month is not null)
        {
            var read = DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first);
            return read && PlausibleDates.IsPlausible(first) && MonthOf(first) is { IsShown: true } asked ? (asked, false) : (MonthOf(today), true);
        }

        if (week is not null)
        {
            var read = DateOnly.TryParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
            return read && PlausibleDates.IsPlausible(day) && WeekOf(day) is { IsShown: true } asked ? (asked, false) : (WeekOf(today), true);
        }

        return (WeekOf(today), false);
    }

    /// <summary>The period <paramref name="steps"/> (a few) weeks or months away; null when it could not be shown.</summary>
    public CalendarPeriod? Step(int steps)
    {
        var next = IsMonth ? MonthOf(First.AddMonths(steps)) : WeekOf(First.AddDays(7 * steps));
        return next.IsShown ? next : null;
    }

    /// <summary>The address query of this period: <c>?month=2026-12</c> or <c>?week=2026-12-07</c>.</summary>
    public string Query => IsMonth
        ? "?month=" + First.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : "?week=" + First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The other kind of period around <paramref name="today"/> when it falls in this one, else around the first day.</summary>
    public CalendarPeriod Other(DateOnly today)
    {
        var around = Contains(today) ? today : First;
        return IsMonth ? WeekOf(around) : MonthOf(around);
    }

    public bool Contains(DateOnly day) => day >= First && day < End;

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
