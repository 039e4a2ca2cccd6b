using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Reports.RegionalReport;

/// <summary>
/// The care delivered to people living in one area (a province, regency or district, and every area inside it) from
/// <see cref="From"/> to <see cref="To"/> (local dates in <see cref="TimeZone"/>, inclusive), as docs/reports.md defines it:
/// <list type="bullet">
/// <item>care counts where the person in care lived when it was booked, and on the local date its visit, day or slot starts;</item>
/// <item>delivered: a home visit checked out of; a daycare day or clinic slot of a confirmed booking, ended and not cancelled
/// (a no-show, a cancelled visit or a booking never confirmed is not care given);</item>
/// <item><see cref="FamiliesServed"/>, <see cref="Recipients"/> and <see cref="CaregiversActive"/> count distinct people with care
/// delivered in the period; <see cref="CareHours"/> are the booked hours of the home visits delivered;</item>
/// <item><see cref="ReviewCount"/> and <see cref="MeanRating"/> (1–5, null without reviews): reviews not hidden, of bookings in
/// the area, written in the period;</item>
/// <item><see cref="Complaints"/>: complaints about bookings in the area filed in the period; <see cref="ComplaintsUpheld"/>: of
/// them, those an admin has upheld so far;</item>
/// <item><see cref="ChargedIdr"/>: whole Rupiah charged for care in the period (visits given, late cancellations), as posted in
/// the ledger; <see cref="SponsoredIdr"/>: the part sponsor programmes owe.</item>
/// </list>
/// <see cref="Months"/> splits the delivered care by calendar month (the first and last may be partial), oldest first.
/// </summary>
public sealed record RegionalReport(
    string AreaCode,
    string AreaName,
    AreaLevel Level,
    DateOnly From,
    DateOnly To,
    string TimeZone,
    int FamiliesServed,
    RecipientsByKind Recipients,
    int HomeVisits,
    decimal CareHours,
    int DaycareDays,
    int ClinicAppointments,
    int CaregiversActive,
    int ReviewCount,
    double? MeanRating,
    int Complaints,
    int ComplaintsUpheld,
    long ChargedIdr,
    long SponsoredIdr,
    IReadOnlyList<RegionalReportMonth> Months)
{
    /// <summary>The sponsors' part of what was charged, in percent rounded to one decimal; null when nothing was charged.</summary>
    public decimal? SponsoredPercent => ChargedIdr == 0 ? null : Math.Round(100m * SponsoredIdr / ChargedIdr, 1);
}

/// <summary>The care delivered in one calendar month of a report (<see cref="Month"/> is its first day, even when the period starts later).</summary>
public sealed record RegionalReportMonth(DateOnly Month, int FamiliesServed, int HomeVisits, decimal CareHours, int DaycareDays, int ClinicAppointments);
