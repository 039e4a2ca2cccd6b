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
        return $"{local.ToString("dddd, d MMMM yyyy", CultureInfo.CurrentCulture)} {Time(local)} {IndonesianTimeZones.Abbreviation(zoneId)}";
    }

    /// <summary>A visit from its start to its end on one day, in <paramref name="zoneId"/>, e.g. "Senin, 7 Desember 2026 09.00–11.00 WITA".</summary>
    public static string LocalSpan(DateTimeOffset start, DateTimeOffset end, string zoneId)
    {
        var (from, until) = (IndonesianTimeZones.ToLocal(start, zoneId), IndonesianTimeZones.ToLocal(end, zoneId));
        return $"{from.ToString("dddd, d MMMM yyyy", CultureInfo.CurrentCulture)} {Time(from)}–{Time(until)} {IndonesianTimeZones.Abbreviation(zoneId)}";
    }

    /// <summary>A calendar date, e.g. "23 November 2026" (id) or "23 November 2026" (en).</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>
    /// A wall-clock time on the 24-hour clock, the one way every page writes it: "08.00" in Indonesian (the
    /// PUEBI spelling), "08:00" in English. Written out rather than taken from the culture's short time
    /// pattern, which is "8:00 AM" in English and depends on the ICU data of the machine.
    /// </summary>
    public static string Time(TimeOnly time) =>
        time.ToString(CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "id" ? "HH'.'mm" : "HH':'mm", CultureInfo.InvariantCulture);

    /// <summary>The time on the clock of an instant already given in local time (views hold visits and slots so), e.g. "11.00" (id).</summary>
    public static string Time(DateTimeOffset local) => Time(TimeOnly.FromDateTime(local.DateTime));

    /// <summary>The day's name in the page's language, e.g. "Senin".</summary>
    public static string Day(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);
}
