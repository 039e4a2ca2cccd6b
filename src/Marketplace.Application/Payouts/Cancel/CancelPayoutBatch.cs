using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Payouts.Cancel;

/// <summary>
/// An admin cancels an open batch whose file the bank never got (to run a new one after fixing a bank detail): each
/// amount goes back to its provider's account.
/// </summary>
public sealed record CancelPayoutBatch(Guid Id) : ICommand<PayoutBatchView>;

public sealed class CancelPayoutBatchHandler(ICurrentUser currentUser, IPayoutRepository payouts, TimeProvider clock)
    : ICommandHandler<CancelPayoutBatch, PayoutBatchView>
{
    public async ValueTask<PayoutBatchView> Handle(CancelPayoutBatch command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin runs payouts.");
        var batch = await payouts.FindBatchAsync(command.Id, cancellationToken) ?? throw new NotFoundException("PayoutBatch", command.Id);
        payouts.Post(batch.Cancel(currentUser.RequireUserId(), clock.GetUtcNow()));
        return PayoutBatchView.Of(batch);
    }
}
