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
}
