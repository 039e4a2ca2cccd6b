using Marketplace.Application.Bookings.Calendar;

namespace Marketplace.Web.Calendar;

/// <summary>
/// What a calendar page shows: the <see cref="Period"/> asked for on its grid, the account's <see cref="Calendar"/> of the
/// grid's days (from the use case, nothing re-derived here), the page's own address <see cref="Path"/> for the links to
/// other periods, and whether the period asked for was <see cref="Refused"/> (so this one is shown instead).
/// </summary>
public sealed record CalendarPage(string Path, string TitleKey, CalendarPeriod Period, CalendarView Calendar, bool Refused)
{
    /// <summary>The grid's rows: seven days each, Monday first.</summary>
    public IEnumerable<CalendarDay[]> Weeks => Calendar.Days.Chunk(7);

    /// <summary>The days listed under the grid: every day of a week; only the busy days of a month, which would otherwise be a long list of "free".</summary>
    public IEnumerable<CalendarDay> Agenda => Calendar.Days.Where(day => Period.Contains(day.Date) && (!Period.IsMonth || day.Entries.Count > 0));

    public string? Link(int steps) => Period.Step(steps) is { } period ? Path + period.Query : null;

    public string OtherViewLink => Path + Period.Other(Calendar.Today).Query;

    public string TodayLink => Path + (Period.IsMonth ? CalendarPeriod.MonthOf(Calendar.Today) : CalendarPeriod.WeekOf(Calendar.Today)).Query;

    /// <summary>The id of a day's part of the list, which the day's cell in the grid links to.</summary>
    public static string DayId(DateOnly day) => "day-" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
