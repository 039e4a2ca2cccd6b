using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Payouts.List;

/// <summary>Every payout batch, the newest first (admins only).</summary>
public sealed record ListPayoutBatches : IQuery<IReadOnlyList<PayoutBatchView>>;

public sealed class ListPayoutBatchesHandler(ICurrentUser currentUser, IPayoutRepository payouts) : IQueryHandler<ListPayoutBatches, IReadOnlyList<PayoutBatchView>>
{
    public async ValueTask<IReadOnlyList<PayoutBatchView>> Handle(ListPayoutBatches query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin sees payouts.");
        return [.. (await payouts.ListBatchesAsync(cancellationToken)).Select(PayoutBatchView.Of)];
    }
}
