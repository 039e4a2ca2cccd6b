using System.Globalization;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Web.Pages;

/// <summary>
/// Dates typed into page forms, checked before a form turns them into instants: year 1 or 9999 (a slip of the
/// keyboard) would overflow the sum of a date, a time and a zone. The use cases apply their own, narrower rules.
/// </summary>
internal static class FormDates
{
    public const string OutOfRange = "Validation.DateOutOfRange";

    /// <summary>Adds <see cref="OutOfRange"/> for <paramref name="field"/> when <paramref name="date"/> is given but not plausible; true when it is fine.</summary>
    public static bool Check(DateOnly? date, string field, Dictionary<string, string> unreadable)
    {
        if (date is { } given && !PlausibleDates.IsPlausible(given))
        {
            unreadable[field] = OutOfRange;
            return false;
        }

        return true;
    }

    /// <summary>
    /// The first day of a month written <c>yyyy-MM</c> in an address (<c>?month=2026-12</c>), when it can be read and it,
    /// and the period from <paramref name="monthsBefore"/> before it to <paramref name="monthsAfter"/> after it, lie in the
    /// plausible years; null otherwise, so the page shows its default period rather than an error.
    /// </summary>
    public static DateOnly? Month(string? text, int monthsBefore = 0, int monthsAfter = 0)
    {
        // The month itself is checked first: a month of year 1 cannot even be stepped back from.
        var read = DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first);
        return read && PlausibleDates.IsPlausible(first)
            && PlausibleDates.IsPlausible(first.AddMonths(-monthsBefore)) && PlausibleDates.IsPlausible(first.AddMonths(monthsAfter))
            ? first
            : null;
    }

    /// <summary>
    /// The twelve months to the month written in <paramref name="until"/> (<c>2026-12</c>), first and last day; both null
    /// (the page's default, the twelve months to today) when it cannot be read or lies out of any sensible range.
    /// </summary>
    public static (DateOnly? From, DateOnly? To) TwelveMonthsTo(string? until) =>
        Month(until, monthsBefore: 11, monthsAfter: 1) is { } month ? (month.AddMonths(-11), month.AddMonths(1).AddDays(-1)) : (null, null);
}
