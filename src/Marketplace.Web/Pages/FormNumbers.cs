using System.Globalization;
using System.Text.RegularExpressions;

namespace Marketplace.Web.Pages;

/// <summary>
/// Numbers typed into page forms, read the way Indonesians write them and never guessed at. They arrive as
/// text: the page's culture (id) would read "12000.0" as 120.000 and "-5.1477" as -51.477.
/// </summary>
/// <remarks>
/// Whole numbers and Rupiah: "150000", "150.000", "Rp 150.000", "150.000,00" and "1,500,000" are read;
/// "12000.0" is 12.000 (a dot before fewer or more than three digits is a decimal point); "150,000" could
/// be 150 (a decimal comma) or 150.000 (an English thousands comma), so it is refused with a message, as is
/// a fraction ("12000,5") where a whole number is asked. Coordinates and measurements take either decimal
/// separator and no grouping.
/// </remarks>
internal sealed partial class FormNumbers
{
    public const string NotANumber = "Validation.Number";
    public const string Ambiguous = "Validation.AmbiguousNumber";
    public const string NotWhole = "Validation.WholeNumber";
    public const string Missing = "Validation.Fill";
    public const string NotAChoice = "Validation.Choose";

    private readonly Dictionary<string, string> _errors = [];

    /// <summary>The fields whose text could not be read, each with the key of what to tell the person.</summary>
    public IReadOnlyDictionary<string, string> Errors => _errors;

    public long Whole(string? text, string field)
    {
        var written = Spacing().Replace(text ?? string.Empty, string.Empty);
        var negative = written.StartsWith('-');
        var digits = negative ? written[1..] : written;
        var wholePart = digits switch
        {
            _ when AmbiguousComma().IsMatch(digits) => null,
            _ when Plain().IsMatch(digits) => digits,
            _ when IndonesianThousands().IsMatch(digits) => digits.Replace(".", string.Empty, StringComparison.Ordinal),
            _ when IndonesianZeroDecimals().IsMatch(digits) => digits[..digits.IndexOf(',', StringComparison.Ordinal)].Replace(".", string.Empty, StringComparison.Ordinal),
            _ when EnglishThousands().IsMatch(digits) => digits.Replace(",", string.Empty, StringComparison.Ordinal),
            _ when EnglishZeroDecimals().IsMatch(digits) => digits[..digits.IndexOf('.', StringComparison.Ordinal)].Replace(",", string.Empty, StringComparison.Ordinal),
            _ => null,
        };
        if (wholePart is not null && long.TryParse(wholePart, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return negative ? -value : value;
        }

        _errors[field] = AmbiguousComma().IsMatch(digits) ? Ambiguous : Fraction().IsMatch(digits) ? NotWhole : NotANumber;
        return 0;
    }

    /// <summary>Notes <paramref name="field"/> as left out when <paramref name="value"/> is null: a choice, date or time the form needs.</summary>
    public void Require<T>(T? value, string field)
        where T : struct
    {
        if (value is null)
        {
            _errors.TryAdd(field, Missing);
        }
    }

    /// <summary>A whole number that fits an <see cref="int"/>; a larger one is refused here rather than clamped into a different number.</summary>
    public int Int(string? text, string field)
    {
        var value = Whole(text, field);
        if (value is >= int.MinValue and <= int.MaxValue)
        {
            return (int)value;
        }

        _errors[field] = NotANumber;
        return 0;
    }

    // Coordinates copied from a map use a dot; some people type a comma.
    public double Degrees(string? text, string field) => (double?)Decimal(text, field) ?? 0;

    /// <summary>A measurement such as a temperature ("36,6" or "36.6"); null when left blank.</summary>
    public decimal? Decimal(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            _errors.TryAdd(field, NotANumber);
            return null;
        }

        if (DecimalNumber().IsMatch(text.Trim())
            && decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _errors[field] = NotANumber;
        return null;
    }

    /// <summary>Like <see cref="Decimal"/>, but a blank field is simply not given.</summary>
    public decimal? OptionalDecimal(string? text, string field) => string.IsNullOrWhiteSpace(text) ? null : Decimal(text, field);

    public static string? Show(long value) => value == 0 ? null : value.ToString(CultureInfo.InvariantCulture);

    public static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);

    // "Rp", spaces of every kind, and the ",-" that closes a price written the Indonesian way (Rp 150.000,-).
    [GeneratedRegex(@"^\s*(Rp\.?)?|\s|\u00A0|\u202F|,-$", RegexOptions.IgnoreCase)]
    private static partial Regex Spacing();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Plain();

    // 150.000 and 1.500.000.
    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex IndonesianThousands();

    // 150.000,00 or 150,00: a decimal comma followed by zeros only.
    [GeneratedRegex(@"^(\d{1,3}(\.\d{3})*|\d+),0+$")]
    private static partial Regex IndonesianZeroDecimals();

    // 1,500,000: two or more comma groups, which a decimal comma (written once) cannot be.
    [GeneratedRegex(@"^\d{1,3}(,\d{3}){2,}$")]
    private static partial Regex EnglishThousands();

    // 150,000.00 or 12000.0: a decimal point followed by zeros only (12.000 was read as twelve thousand above).
    [GeneratedRegex(@"^(\d{1,3}(,\d{3})+|\d+)\.0+$")]
    private static partial Regex EnglishZeroDecimals();

    // 150,000 is 150 with a decimal comma, or 150.000 with an English thousands comma.
    [GeneratedRegex(@"^\d{1,3},\d{3}$")]
    private static partial Regex AmbiguousComma();

    // 12000,5 or 1.500,5 or 1,500.5: a number, only not a whole one.
    [GeneratedRegex(@"^\d+[.,]\d+$|^\d{1,3}(\.\d{3})+,\d+$|^\d{1,3}(,\d{3})+\.\d+$")]
    private static partial Regex Fraction();

    [GeneratedRegex(@"^-?\d+([.,]\d+)?$")]
    private static partial Regex DecimalNumber();
}
