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
}
