using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Payouts.Run;

/// <summary>
/// An admin runs a payout batch: every provider with a payout account for what the platform holds for it now (see
/// <see cref="OwedProvider"/>). Refused while another batch is open (mark it paid or cancel it first), or when nobody can be paid.
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

        // What the ledger credits a provider is not all in the platform's hands: what families still owe on its bookings
        // comes in later (as cash it collects itself, or a card not yet captured). The rest the platform holds for it.
        var debts = await payouts.FamilyDebtByProviderAsync(cancellationToken);
        var owed = (await ledger.BalancesAsync(LedgerAccount.ProviderPrefix, cancellationToken))
            .Select(balance => (UserId: Guid.Parse(balance.Key[LedgerAccount.ProviderPrefix.Length..]), balance.Value))
            .Select(provider => (provider.UserId, Held: -(provider.Value + debts.GetValueOrDefault(provider.UserId))))
            .Where(provider => provider.Held > 0)
            .ToDictionary(provider => provider.UserId, provider => Money.FromRupiah(provider.Held));
        var payees = await payouts.ListPayeesAsync(owed.Keys, cancellationToken);
        var (batch, posted) = PayoutBatch.Run(
            [.. payees.Select(p => new OwedProvider(p.ProviderUserId, p.Name, p.Email, owed[p.ProviderUserId], p.Account))], currentUser.RequireUserId(), clock.GetUtcNow());
        payouts.Post(posted);
        payouts.Add(batch);
        return PayoutBatchView.Of(batch);
    }
}
