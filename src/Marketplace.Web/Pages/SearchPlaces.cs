using System.Globalization;

namespace Marketplace.Web.Pages;

/// <summary>
/// Where a family can search from without knowing coordinates: the centres of the first region's towns,
/// and (when signed in as a family) the homes of the people they care for.
/// </summary>
public static class SearchPlaces
{
    public static IReadOnlyList<SearchPlace> Towns { get; } =
    [
        new("Makassar", -5.1477, 119.4327),
        new("Sungguminasa (Gowa)", -5.2030, 119.4580),
        new("Maros", -5.0060, 119.5740),
        new("Pangkajene (Pangkep)", -4.8250, 119.5550),
        new("Takalar", -5.4167, 119.4833),
    ];
}

/// <summary>A named point; its value in a form is "lat,lon" with a dot, whatever the page's language.</summary>
public sealed record SearchPlace(string Name, double Lat, double Lon)
{
    public string Value => string.Create(CultureInfo.InvariantCulture, $"{Lat},{Lon}");

    /// <summary>Reads "lat,lon" back; null when it is not two numbers.</summary>
    public static (double Lat, double Lon)? Parse(string? value)
    {
        var parts = (value ?? string.Empty).Split(',');
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                ? (lat, lon)
                : null;
    }
}
