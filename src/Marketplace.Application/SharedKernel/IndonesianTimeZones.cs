using NodaTime;

namespace Marketplace.Application.SharedKernel;

/// <summary>
/// Indonesia's three zones and which provinces keep which. Instants are stored in UTC and shown in the
/// zone of the place they happen in. NodaTime's own copy of the tz database is used so that the answer
/// does not depend on the operating system's tzdata.
/// </summary>
public static class IndonesianTimeZones
{
    public const string Wib = "Asia/Jakarta";
    public const string Wita = "Asia/Makassar";
    public const string Wit = "Asia/Jayapura";

    // Province codes (two digits) per zone, from Permendagri area codes.
    private static readonly HashSet<string> WitaProvinces = ["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"];
    private static readonly HashSet<string> WitProvinces = ["81", "82", "91", "92", "93", "94", "95", "96"];

    public static string ForArea(AreaCode area)
    {
        var province = area.Value[..2];
        if (WitaProvinces.Contains(province))
        {
            return Wita;
        }

        return WitProvinces.Contains(province) ? Wit : Wib;
    }

    /// <summary>The wall-clock time at <paramref name="instant"/> in the zone <paramref name="zoneId"/>.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant, string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        return Instant.FromDateTimeOffset(instant).InZone(zone).ToDateTimeOffset();
    }

    public static bool IsIndonesian(string zoneId) => zoneId is Wib or Wita or Wit;

    /// <summary>The calendar date at <paramref name="instant"/> in the zone <paramref name="zoneId"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, string zoneId) => DateOnly.FromDateTime(ToLocal(instant, zoneId).DateTime);

    /// <summary>The instant (in UTC) at which the wall clock in <paramref name="zoneId"/> shows <paramref name="date"/> <paramref name="time"/>.</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, string zoneId)
    {
        var local = new LocalDateTime(date.Year, date.Month, date.Day, time.Hour, time.Minute, time.Second);

        // Indonesia keeps no daylight saving time, so every local time maps to exactly one instant.
        return local.InZoneStrictly(DateTimeZoneProviders.Tzdb[zoneId]).ToDateTimeOffset().ToUniversalTime();
    }

    /// <summary>The abbreviation Indonesians use for the zone: WIB, WITA or WIT.</summary>
    public static string Abbreviation(string zoneId) => zoneId switch
    {
        Wita => "WITA",
        Wit => "WIT",
        Wib => "WIB",
        _ => zoneId,
    };
}
