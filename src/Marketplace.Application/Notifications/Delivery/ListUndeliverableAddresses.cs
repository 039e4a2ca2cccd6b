using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Notifications.Delivery;

/// <summary>An admin sees the addresses email does not reach, newest report first: people to reach another way.</summary>
public sealed record ListUndeliverableAddresses : IQuery<IReadOnlyList<UndeliverableAddress>>
{
    public const int Limit = 200;
}

public sealed class ListUndeliverableAddressesHandler(ICurrentUser currentUser, IUndeliverableAddresses undeliverable)
    : IQueryHandler<ListUndeliverableAddresses, IReadOnlyList<UndeliverableAddress>>
{
    public async ValueTask<IReadOnlyList<UndeliverableAddress>> Handle(ListUndeliverableAddresses query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin can see which addresses email does not reach.");
        return await undeliverable.ListAsync(ListUndeliverableAddresses.Limit, cancellationToken);
    }
}
