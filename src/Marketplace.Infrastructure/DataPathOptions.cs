namespace Marketplace.Infrastructure;

/// <summary>
/// The one folder that holds everything the embedded defaults write: the SQLite file, the search index,
/// uploads and picked-up mail. Two instances with two data paths share nothing.
/// </summary>
public sealed class DataPathOptions
{
    public const string ConfigurationKey = "DataPath";

    public required string Root { get; init; }

    /// <summary>Reads <c>DataPath</c>; relative paths and the default (<c>App_Data</c>) are under the content root.</summary>
    public static DataPathOptions From(string? configured, string contentRoot)
    {
        var root = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured, contentRoot);
        Directory.CreateDirectory(root);
        return new DataPathOptions { Root = root };
    }

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
