using System.Globalization;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Web.Localization;

/// <summary>How the UI writes money and time for people in Indonesia.</summary>
public static class DisplayFormats
{
    public static string Rupiah(long amount) => Money.FromRupiah(amount).ToString();

    /// <summary>An instant as the clock on the wall shows it in <paramref name="zoneId"/>, e.g. "Senin, 23 November 2026 19.05 WITA".</summary>
    public static string LocalDateTime(DateTimeOffset instant, string zoneId)
    {
        var local = IndonesianTimeZones.ToLocal(instant, zoneId);
        var culture = CultureInfo.CurrentCulture;
        return $"{local.ToString("dddd, d MMMM yyyy", culture)} {local.ToString("t", culture)} {IndonesianTimeZones.Abbreviation(zoneId)}";
    }

    /// <summary>A calendar date, e.g. "23 November 2026" (id) or "23 November 2026" (en).</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A wall-clock time, e.g. "08.00" (id) or "08:00" (en).</summary>
    public static string Time(TimeOnly time) => time.ToString("t", CultureInfo.CurrentCulture);

    /// <summary>The day's name in the page's language, e.g. "Senin".</summary>
    public static string Day(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);
}
