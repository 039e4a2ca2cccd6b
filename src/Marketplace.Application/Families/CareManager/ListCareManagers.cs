using Marketplace.Application.Caregivers;
using Mediator;

namespace Marketplace.Application.Families.CareManager;

/// <summary>The care managers a family can choose from: verified caregivers with the credential.</summary>
public sealed record ListCareManagers : IQuery<IReadOnlyList<CareManagerChoice>>;

public sealed class ListCareManagersHandler(ICaregiverRepository caregivers) : IQueryHandler<ListCareManagers, IReadOnlyList<CareManagerChoice>>
{
    public async ValueTask<IReadOnlyList<CareManagerChoice>> Handle(ListCareManagers query, CancellationToken cancellationToken) =>
        [.. (await caregivers.ListCareManagersAsync(cancellationToken)).Select(c => new CareManagerChoice(c.Id, c.FullName))];
}
