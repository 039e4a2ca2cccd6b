using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Areas.ListServiceAreas;

/// <summary>The regencies of a province with their districts: what a caregiver can say they serve.</summary>
public sealed record ListServiceAreas(string ProvinceCode) : IQuery<IReadOnlyList<AreaGroup>>;

public sealed record AreaGroup(Area Regency, IReadOnlyList<Area> Districts);

public sealed class ListServiceAreasHandler(IAreaCatalog areas) : IQueryHandler<ListServiceAreas, IReadOnlyList<AreaGroup>>
{
    public ValueTask<IReadOnlyList<AreaGroup>> Handle(ListServiceAreas query, CancellationToken cancellationToken)
    {
        IReadOnlyList<AreaGroup> groups =
        [
            .. areas.ChildrenOf(AreaCode.Parse(query.ProvinceCode))
                .Select(regency => new AreaGroup(regency, areas.ChildrenOf(regency.Code))),
        ];
        return ValueTask.FromResult(groups);
    }
}
