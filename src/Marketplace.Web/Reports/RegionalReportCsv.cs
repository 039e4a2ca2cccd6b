using System.Globalization;
using Marketplace.Application.Reports.RegionalReport;
using Marketplace.Web.Csv;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Reports;

/// <summary>
/// A regional report as CSV: one row per calendar month of the period, then a row for the whole period (whose families
/// are counted once however many months they were served in), with the whole period's figures that have no monthly split
/// (people by kind, caregivers active, reviews, complaints, Rupiah charged and sponsored) on that last row only. Named after the area and period.
/// </summary>
internal static class RegionalReportCsv
{
    public static FileContentResult File(RegionalReport report) => CsvDownload.Of(
        $"regional-report-{report.AreaCode}-{Iso(report.From)}-{Iso(report.To)}.csv",
        [
            "area_code", "month", "families_served", "home_visits", "care_hours", "daycare_days", "clinic_appointments",
            "elders", "people_with_disabilities", "children", "caregivers_active", "reviews", "mean_rating", "complaints",
            "complaints_upheld", "charged_idr", "sponsored_idr",
        ],
        [
            .. report.Months.Select(month => new[]
            {
                report.AreaCode, month.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), Number(month.FamiliesServed), Number(month.HomeVisits),
                Number(month.CareHours), Number(month.DaycareDays), Number(month.ClinicAppointments), "", "", "", "", "", "", "", "", "", "",
            }),
            [
                report.AreaCode, $"{Iso(report.From)}/{Iso(report.To)}", Number(report.FamiliesServed), Number(report.HomeVisits), Number(report.CareHours),
                Number(report.DaycareDays), Number(report.ClinicAppointments), Number(report.Recipients.Elder), Number(report.Recipients.Disability),
                Number(report.Recipients.Child), Number(report.CaregiversActive), Number(report.ReviewCount),
                report.MeanRating?.ToString("0.##", CultureInfo.InvariantCulture) ?? "", Number(report.Complaints), Number(report.ComplaintsUpheld),
                CsvDownload.Rupiah(report.ChargedIdr), CsvDownload.Rupiah(report.SponsoredIdr),
            ],
        ]);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
