using System.Globalization;
using System.Text.Json;
using Marketplace.Application.Sponsors.Statement;
using Marketplace.Web.Csv;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Sponsors;

/// <summary>
/// A sponsor statement as CSV: one row per booking (id, kind as the API spells it, area code, first day, reserved, spent,
/// released, in whole Rupiah), then a totals row; named after the programme's id and period.
/// </summary>
internal static class SponsorStatementCsv
{
    public static FileContentResult File(SponsorStatementView statement) => CsvDownload.Of(
        $"sponsor-statement-{statement.Programme.Id:D}-{statement.From:yyyy-MM-dd}-{statement.To:yyyy-MM-dd}.csv",
        ["booking_id", "kind", "area_code", "first_day", "reserved_idr", "spent_idr", "released_idr"],
        [
            .. statement.Lines.Select(line => new[]
            {
                line.BookingId.ToString("D"), JsonNamingPolicy.CamelCase.ConvertName(line.Kind.ToString()), line.AreaCode,
                line.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), CsvDownload.Rupiah(line.ReservedIdr), CsvDownload.Rupiah(line.SpentIdr),
                CsvDownload.Rupiah(line.ReleasedIdr),
            }),
            ["total", "", "", "", CsvDownload.Rupiah(statement.ReservedIdr), CsvDownload.Rupiah(statement.SpentIdr), CsvDownload.Rupiah(statement.ReleasedIdr)],
        ]);
}
