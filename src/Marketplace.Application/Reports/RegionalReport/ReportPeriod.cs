namespace Marketplace.Application.Reports.RegionalReport;

/// <summary>The period a report covers and the calendar months it spans; dates are local, both ends inclusive.</summary>
public static class ReportPeriod
{
    /// <summary>The longest period one report covers, in days: a year and a day, for an annual report.</summary>
    public const int MaxDays = 366;

    /// <summary>
    /// The period asked for. Without an end, it ends <paramref name="today"/> (or on its first day, when that is later), and
    /// never more than <see cref="MaxDays"/> days after its start; without a start, it starts on the first of its end's month.
    /// </summary>
    public static (DateOnly From, DateOnly To) Resolve(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var last = to ?? (from is { } first ? new[] { first > today ? first : today, first.AddDays(MaxDays - 1) }.Min() : today);
        return (from ?? new DateOnly(last.Year, last.Month, 1), last);
    }

    /// <summary>The first day of every calendar month from <paramref name="from"/>'s to <paramref name="to"/>'s, oldest first.</summary>
    public static IReadOnlyList<DateOnly> Months(DateOnly from, DateOnly to)
    {
        List<DateOnly> months = [];
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        return months;
    }

    /// <summary>Whether a period can be reported: it ends on or after it starts, and spans at most <see cref="MaxDays"/> days.</summary>
    public static bool IsReportable(DateOnly from, DateOnly to) => to >= from && to.DayNumber - from.DayNumber < MaxDays;
}
