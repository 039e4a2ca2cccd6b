using System.Globalization;
using System.Text.RegularExpressions;

namespace Marketplace.Web.Requests;

/// <summary>
/// Instants as the contract writes them: ISO 8601 with an explicit offset (<c>2026-12-01T09:00:00+08:00</c>
/// or <c>...Z</c>). Without an offset the same text means a different moment in WIB, WITA and WIT, so it is
/// refused rather than read in the server's zone.
/// </summary>
internal static partial class Instants
{
    /// <summary>The instant <paramref name="text"/> names, or null when it is not ISO 8601 with an offset.</summary>
    public static DateTimeOffset? Parse(string? text) =>
        text is not null
        && WithOffset().IsMatch(text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : null;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex WithOffset();
}
