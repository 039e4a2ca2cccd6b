using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Enterprises.ViewEnterprise;

/// <summary>An enterprise's public page data: verified ones for everybody, others only for their owner and admins.</summary>
public sealed record GetEnterprise(Guid Id) : IQuery<EnterpriseView>;

public sealed class GetEnterpriseHandler(ICurrentUser currentUser, IEnterpriseRepository enterprises)
    : IQueryHandler<GetEnterprise, EnterpriseView>
{
    public async ValueTask<EnterpriseView> Handle(GetEnterprise query, CancellationToken cancellationToken)
    {
        var enterprise = await enterprises.FindAsync(query.Id, cancellationToken);
        if (enterprise is null || !(enterprise.IsVerified || enterprise.OwnerUserId == currentUser.UserId || currentUser.IsInRole(AccountRoles.Admin)))
        {
            throw new NotFoundException("Enterprise", query.Id);
        }

        var view = EnterpriseView.Of(enterprise);
        return enterprise.OwnerUserId == currentUser.UserId || currentUser.IsInRole(AccountRoles.Admin) ? view : view with { RejectionReason = null };
    }
}
