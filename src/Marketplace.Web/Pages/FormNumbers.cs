using System.Globalization;

namespace Marketplace.Web.Pages;

/// <summary>
/// Numbers typed into page forms. They arrive as text: people type "75.000" for a rate, and the page's
/// culture (id) would misread a coordinate such as "-5.1477" if the model binder parsed it.
/// </summary>
internal sealed class FormNumbers
{
    private readonly List<string> _notNumbers = [];

    /// <summary>The fields whose text was not a number.</summary>
    public IReadOnlyList<string> NotNumbers => _notNumbers;

    // "Rp 75.000", "75 000" and "75000" all mean seventy-five thousand Rupiah.
    public long Whole(string? text, string field)
    {
        var digits = (text ?? string.Empty).Replace("Rp", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _notNumbers.Add(field);
        return 0;
    }

    public int Int(string? text, string field) => (int)Math.Clamp(Whole(text, field), int.MinValue, int.MaxValue);

    // Coordinates copied from a map use a dot; some people type a comma.
    public double Degrees(string? text, string field)
    {
        var normalized = (text ?? string.Empty).Trim().Replace(',', '.');
        if (double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _notNumbers.Add(field);
        return 0;
    }

    public static string? Show(long value) => value == 0 ? null : value.ToString(CultureInfo.InvariantCulture);

    public static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
