using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Payouts.Run;

/// <summary>
/// An admin runs a payout batch: every provider the ledger says the platform owes, with a payout account, for what it
/// is owed now. Refused while another batch is open (mark it paid or cancel it first), or when nobody can be paid.
/// </summary>
public sealed record RunPayoutBatch : ICommand<PayoutBatchView>;

public sealed class RunPayoutBatchHandler(ICurrentUser currentUser, IPayoutRepository payouts, ILedger ledger, TimeProvider clock)
    : ICommandHandler<RunPayoutBatch, PayoutBatchView>
{
    /// <summary>Said when a batch is open already, by the use case or by the database.</summary>
    public const string OpenAlready = "A payout batch is open already: mark it paid or cancel it before running another.";

    public async ValueTask<PayoutBatchView> Handle(RunPayoutBatch command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin runs payouts.");
        if (await payouts.AnyOpenBatchAsync(cancellationToken))
        {
            throw new BusinessRuleException(OpenAlready);
        }

        // A provider's account below zero is what the platform owes it: earnings less the commission on cash it collected.
        var owed = (await ledger.BalancesAsync(LedgerAccount.ProviderPrefix, cancellationToken))
            .Where(balance => balance.Value < 0)
            .ToDictionary(balance => Guid.Parse(balance.Key[LedgerAccount.ProviderPrefix.Length..]), balance => Money.FromRupiah(-balance.Value));
        var payees = await payouts.ListPayeesAsync(owed.Keys, cancellationToken);
        var batch = PayoutBatch.Run(
            [.. payees.Select(p => new OwedProvider(p.ProviderUserId, p.Name, p.Email, owed[p.ProviderUserId], p.Account))], currentUser.RequireUserId(), clock.GetUtcNow());
        payouts.Add(batch);
        return PayoutBatchView.Of(batch);
    }
}
