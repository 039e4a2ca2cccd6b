using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Areas;

/// <summary>Indonesia's official administrative areas, read-only and the same for every request.</summary>
public interface IAreaCatalog
{
    Area? Find(string? code);

    IReadOnlyList<Area> ChildrenOf(AreaCode parent);
}
