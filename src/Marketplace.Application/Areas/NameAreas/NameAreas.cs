using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Areas.NameAreas;

/// <summary>The names of areas given by code (a caregiver's districts served), in the order given; codes no area has are left out.</summary>
public sealed record NameAreas(IReadOnlyList<string> Codes) : IQuery<IReadOnlyList<NamedArea>>;

/// <summary>An area's name, with the name of the regency (or province) it lies in, e.g. Tamalate in Kota Makassar.</summary>
public sealed record NamedArea(string Code, string Name, AreaLevel Level, string? Within);

public sealed class NameAreasHandler(IAreaCatalog areas) : IQueryHandler<NameAreas, IReadOnlyList<NamedArea>>
{
    public ValueTask<IReadOnlyList<NamedArea>> Handle(NameAreas query, CancellationToken cancellationToken)
    {
        IReadOnlyList<NamedArea> named =
        [
            .. query.Codes.Select(areas.Find).OfType<Area>()
                .Select(area => new NamedArea(area.Code.Value, area.Name, area.Code.Level, area.Parent is { } parent ? areas.Find(parent.Value)?.Name : null)),
        ];
        return ValueTask.FromResult(named);
    }
}
