using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Csv;

/// <summary>
/// A file to download as RFC 4180 CSV in UTF-8: a header row, then the rows. A text field that a spreadsheet would run
/// as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>) is escaped, since names typed by users end up in these files.
/// </summary>
internal static class CsvDownload
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public static FileContentResult Of(string fileName, string[] header, IEnumerable<string[]> rows)
    {
        using var bytes = new MemoryStream();
        using (var csv = CsvWriter.Create(bytes, Options, leaveOpen: true))
        {
            csv.WriteHeader(header);
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }
        }

        return new FileContentResult(bytes.ToArray(), "text/csv; charset=utf-8") { FileDownloadName = fileName };
    }

    /// <summary>An amount in whole Rupiah as a bank's file wants it: digits only.</summary>
    public static string Rupiah(long amount) => amount.ToString(CultureInfo.InvariantCulture);
}
