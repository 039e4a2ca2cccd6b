using System.Text.RegularExpressions;

namespace Marketplace.Web.Maps;

/// <summary>
/// The tile server the pages' maps load their images from (the <c>Maps</c> section, docs/configuration.md): a URL
/// template in Leaflet's form (<c>https://{s}.tile.example.org/{z}/{x}/{y}.png</c>, <c>{s}</c> optional) and the
/// attribution its licence asks for. An empty template turns maps off: every point is still typed as coordinates. The
/// pages' Content-Security-Policy lets images come from this server's host and no other.
/// </summary>
public sealed partial class MapTiles
{
    public const string Section = "Maps";

    /// <summary>OpenStreetMap's own tile server, whose policy asks for the attribution and light use.</summary>
    public const string DefaultTileUrl = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public const string DefaultAttribution = "© OpenStreetMap contributors";

    // The setting is read once, at start-up, from the operator's configuration: a match timeout there guards nothing, and a
    // short one (100 ms) was seen to fire on a two-core machine starting four instances at once, stopping the app.
    private const int StartUpTimeoutMilliseconds = 10_000;

    private MapTiles(string? tileUrl, string attribution, string? imageSource)
    {
        TileUrl = tileUrl;
        Attribution = attribution;
        ImageSource = imageSource;
    }

    /// <summary>The template, or null when maps are off.</summary>
    public string? TileUrl { get; }

    /// <summary>Plain text shown on the map, e.g. "© OpenStreetMap contributors".</summary>
    public string Attribution { get; }

    /// <summary>The Content-Security-Policy source of the tiles, e.g. <c>https://*.tile.example.org</c>; null when maps are off.</summary>
    public string? ImageSource { get; }

    /// <summary>
    /// Reads the <c>TileUrl</c> and <c>Attribution</c> settings. A template that is not an absolute https address (http
    /// only for this machine) with <c>{z}</c>, <c>{x}</c> and <c>{y}</c> stops the app at start-up, naming the setting.
    /// </summary>
    public static MapTiles From(IConfiguration section)
    {
        var template = section["TileUrl"] ?? DefaultTileUrl;
        var attribution = section["Attribution"] ?? (template == DefaultTileUrl ? DefaultAttribution : "");
        if (template.Length == 0)
        {
            return new MapTiles(null, attribution, null);
        }

        var origin = Origin().Match(template);
        var host = origin.Success ? origin.Groups["host"].Value.Replace("{s}", "*", StringComparison.Ordinal) : "";
        var local = host is "localhost" or "127.0.0.1" || host.StartsWith("127.0.0.1:", StringComparison.Ordinal) || host.StartsWith("localhost:", StringComparison.Ordinal);
        if (!origin.Success || !(origin.Groups["scheme"].Value == "https" || local) || !Placeholders().IsMatch(template))
        {
            throw new InvalidOperationException(
                $"{Section}:TileUrl '{template}' must be an https address with {{z}}, {{x}} and {{y}}, such as {DefaultTileUrl}; leave it empty for no maps.");
        }

        return new MapTiles(template, attribution, $"{origin.Groups["scheme"].Value}://{host}");
    }

    [GeneratedRegex(@"^(?<scheme>https?)://(?<host>(\{s\}\.)?[a-z0-9.-]+(:[0-9]{1,5})?)/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, StartUpTimeoutMilliseconds)]
    private static partial Regex Origin();

    [GeneratedRegex(@"^(?=.*\{z\})(?=.*\{x\})(?=.*\{y\})", RegexOptions.CultureInvariant, StartUpTimeoutMilliseconds)]
    private static partial Regex Placeholders();
}
