using Marketplace.Application.Areas;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Infrastructure.Areas;

/// <summary>
/// Indonesia's provinces, regencies and districts, read once from the embedded data file generated
/// from idn-area-data (ODbL). About 8,000 rows: kept in memory for the life of the process.
/// </summary>
internal sealed class AreaCatalog : IAreaCatalog
{
    private readonly Dictionary<string, Area> _byCode;
    private readonly ILookup<string, Area> _byParent;

    private AreaCatalog(IReadOnlyList<Area> areas)
    {
        _byCode = areas.ToDictionary(a => a.Code.Value, StringComparer.Ordinal);
        _byParent = areas.Where(a => a.Parent is not null).ToLookup(a => a.Parent!.Value, StringComparer.Ordinal);
    }

    public static AreaCatalog LoadEmbedded()
    {
        using var stream = typeof(AreaCatalog).Assembly.GetManifestResourceStream("Marketplace.Infrastructure.Areas.areas.tsv")
            ?? throw new InvalidOperationException("The embedded area data file is missing from the build.");
        using var reader = new StreamReader(stream);
        var areas = new List<Area>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var code = AreaCode.Parse(line[..tab]);
            var parent = code.Level == AreaLevel.Province ? null : AreaCode.Parse(code.Value[..code.Value.LastIndexOf('.')]);
            areas.Add(new Area(code, line[(tab + 1)..], parent));
        }

        return new AreaCatalog(areas);
    }

    public Area? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code);

    public IReadOnlyList<Area> ChildrenOf(AreaCode parent) => [.. _byParent[parent.Value]];

    public IReadOnlyList<AreaCode> CodesWithin(AreaCode area) => [area, .. _byParent[area.Value].SelectMany(child => CodesWithin(child.Code))];
}
