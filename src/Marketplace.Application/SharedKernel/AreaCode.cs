using System.Text.RegularExpressions;

namespace Marketplace.Application.SharedKernel;

/// <summary>
/// An official Indonesian area code (Kemendagri): province <c>73</c>, regency <c>73.71</c>,
/// district <c>73.71.10</c>. Only the shape is checked here; <see cref="Areas.IAreaCatalog"/> knows which exist.
/// </summary>
public sealed partial record AreaCode
{
    private AreaCode(string value) => Value = value;

    public string Value { get; }

    public AreaLevel Level => (AreaLevel)Value.Count(c => c == '.');

    public static bool IsWellFormed(string? value) => value is not null && Shape().IsMatch(value);

    public static AreaCode Parse(string value) =>
        IsWellFormed(value) ? new AreaCode(value) : throw new FormatException($"'{value}' is not an area code such as 73.71.10.");

    /// <summary>True when this area is <paramref name="other"/> or lies inside it.</summary>
    public bool IsWithin(AreaCode other) => Value == other.Value || Value.StartsWith(other.Value + ".", StringComparison.Ordinal);

    public override string ToString() => Value;

    [GeneratedRegex(@"^\d{2}(\.\d{2}){0,2}$")]
    private static partial Regex Shape();
}

public enum AreaLevel
{
    Province = 0,
    Regency = 1,
    District = 2,
}
