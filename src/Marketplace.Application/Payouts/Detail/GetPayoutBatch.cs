using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Payouts.Detail;

/// <summary>One payout batch with its lines and the bank details they go to (admins only).</summary>
public sealed record GetPayoutBatch(Guid Id) : IQuery<PayoutBatchView>;

public sealed class GetPayoutBatchHandler(ICurrentUser currentUser, IPayoutRepository payouts) : IQueryHandler<GetPayoutBatch, PayoutBatchView>
{
    public async ValueTask<PayoutBatchView> Handle(GetPayoutBatch query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin sees payouts.");
        return PayoutBatchView.Of(await payouts.FindBatchAsync(query.Id, cancellationToken) ?? throw new NotFoundException("PayoutBatch", query.Id));
    }
}
