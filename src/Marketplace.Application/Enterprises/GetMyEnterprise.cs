using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Enterprises;

/// <summary>The signed-in owner's enterprise, or null before it is registered.</summary>
public sealed record GetMyEnterprise : IQuery<EnterpriseView?>;

public sealed class GetMyEnterpriseHandler(ICurrentUser currentUser, IEnterpriseRepository enterprises)
    : IQueryHandler<GetMyEnterprise, EnterpriseView?>
{
    public async ValueTask<EnterpriseView?> Handle(GetMyEnterprise query, CancellationToken cancellationToken)
    {
        var enterprise = await enterprises.FindByOwnerAsync(currentUser.RequireUserId(), cancellationToken);
        return enterprise is null ? null : EnterpriseView.Of(enterprise);
    }
}
