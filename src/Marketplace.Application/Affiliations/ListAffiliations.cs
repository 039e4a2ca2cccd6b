using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Mediator;

namespace Marketplace.Application.Affiliations;

/// <summary>The signed-in caregiver's invitations and affiliations.</summary>
public sealed record ListMyAffiliations : IQuery<IReadOnlyList<AffiliationView>>;

/// <summary>An enterprise's invitations and affiliated caregivers, for its owner.</summary>
public sealed record ListEnterpriseAffiliations(Guid EnterpriseId) : IQuery<IReadOnlyList<AffiliationView>>;

public sealed class ListAffiliationsHandler(
    ICurrentUser currentUser, IAffiliationRepository affiliations, ICaregiverRepository caregivers, IEnterpriseRepository enterprises)
    : IQueryHandler<ListMyAffiliations, IReadOnlyList<AffiliationView>>, IQueryHandler<ListEnterpriseAffiliations, IReadOnlyList<AffiliationView>>
{
    public async ValueTask<IReadOnlyList<AffiliationView>> Handle(ListMyAffiliations query, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.GetOwnAsync(currentUser, cancellationToken);
        return await affiliations.ListAsync(null, caregiver.Id, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<AffiliationView>> Handle(ListEnterpriseAffiliations query, CancellationToken cancellationToken)
    {
        var enterprise = await enterprises.GetOwnedAsync(query.EnterpriseId, currentUser, cancellationToken);
        return await affiliations.ListAsync(enterprise.Id, null, cancellationToken);
    }
}
