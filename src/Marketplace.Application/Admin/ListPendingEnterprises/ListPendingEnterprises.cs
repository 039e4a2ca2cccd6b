using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Mediator;

namespace Marketplace.Application.Admin.ListPendingEnterprises;

/// <summary>Enterprises waiting for a verifier, oldest first.</summary>
public sealed record ListPendingEnterprises : IQuery<IReadOnlyList<PendingEnterprise>>
{
    public const int PageSize = 50;
}

public sealed record PendingEnterprise(EnterpriseView Enterprise, DateTimeOffset WaitingSince);

public sealed class ListPendingEnterprisesHandler(ICurrentUser currentUser, IEnterpriseRepository enterprises)
    : IQueryHandler<ListPendingEnterprises, IReadOnlyList<PendingEnterprise>>
{
    public async ValueTask<IReadOnlyList<PendingEnterprise>> Handle(ListPendingEnterprises query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin can see the verification queue.");

        var pending = await enterprises.ListPendingAsync(ListPendingEnterprises.PageSize, cancellationToken);
        return [.. pending.Select(e => new PendingEnterprise(EnterpriseView.Of(e), e.CreatedAt))];
    }
}
