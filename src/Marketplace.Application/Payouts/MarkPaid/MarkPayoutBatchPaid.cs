using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Payouts.MarkPaid;

/// <summary>
/// An admin records that the bank made the batch's transfers: its total leaves the platform's bank, once (a second
/// marking is refused, and the ledger's keys refuse a second posting).
/// </summary>
public sealed record MarkPayoutBatchPaid(Guid Id) : ICommand<PayoutBatchView>;

public sealed class MarkPayoutBatchPaidHandler(ICurrentUser currentUser, IPayoutRepository payouts, TimeProvider clock)
    : ICommandHandler<MarkPayoutBatchPaid, PayoutBatchView>
{
    public async ValueTask<PayoutBatchView> Handle(MarkPayoutBatchPaid command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin runs payouts.");
        var batch = await payouts.FindBatchAsync(command.Id, cancellationToken) ?? throw new NotFoundException("PayoutBatch", command.Id);
        payouts.Post(batch.MarkPaid(currentUser.RequireUserId(), clock.GetUtcNow()));
        return PayoutBatchView.Of(batch);
    }
}
