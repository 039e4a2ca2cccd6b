using System.Globalization;
using System.Text.RegularExpressions;

namespace Marketplace.Web.Requests;

/// <summary>
/// Instants as the contract writes them: RFC 3339 / ISO 8601 with an explicit offset
/// (<c>2026-12-01T09:00:00+08:00</c> or <c>...Z</c>). Without an offset the same text means a different
/// moment in WIB, WITA and WIT, so it is refused rather than read in the server's zone.
/// </summary>
internal static partial class Instants
{
    /// <summary>Digits of a second's fraction .NET keeps (100 ns ticks); RFC 3339 allows more, which are dropped.</summary>
    private const int KeptFractionDigits = 7;

    /// <summary>The instant <paramref name="text"/> names, or null when it is not RFC 3339 with an offset.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (text is null || WithOffset().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var fraction = match.Groups["fraction"];
        var kept = fraction.Length > KeptFractionDigits
            ? string.Concat(text.AsSpan(0, fraction.Index + KeptFractionDigits), text.AsSpan(fraction.Index + fraction.Length))
            : text;
        return DateTimeOffset.TryParse(kept.ToUpperInvariant(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? instant : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}(:\d{2}(\.(?<fraction>\d{1,9}))?)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex WithOffset();
}
