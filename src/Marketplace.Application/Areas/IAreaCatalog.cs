using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Areas;

/// <summary>Indonesia's official administrative areas, read-only and the same for every request.</summary>
public interface IAreaCatalog
{
    Area? Find(string? code);

    IReadOnlyList<Area> ChildrenOf(AreaCode parent);

    /// <summary>The code of <paramref name="area"/> and of every area inside it, at every level (73.71, 73.71.01 … 73.71.15).</summary>
    IReadOnlyList<AreaCode> CodesWithin(AreaCode area);
}
