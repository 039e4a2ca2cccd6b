using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Payouts.Account;

/// <summary>The signed-in provider's payout account, or null before one is saved (caregivers and enterprises only).</summary>
public sealed record GetMyPayoutAccount : IQuery<PayoutAccountView?>;

public sealed class GetMyPayoutAccountHandler(ICurrentUser currentUser, IPayoutRepository payouts) : IQueryHandler<GetMyPayoutAccount, PayoutAccountView?>
{
    public async ValueTask<PayoutAccountView?> Handle(GetMyPayoutAccount query, CancellationToken cancellationToken)
    {
        PayoutAccounts.RequireProvider(currentUser);
        return await payouts.FindAccountAsync(currentUser.RequireUserId(), cancellationToken) is { } account ? PayoutAccountView.Of(account) : null;
    }
}

internal static class PayoutAccounts
{
    public static void RequireProvider(ICurrentUser currentUser)
    {
        if (!currentUser.IsInRole(AccountRoles.Caregiver) && !currentUser.IsInRole(AccountRoles.Enterprise))
        {
            throw new Common.Errors.ForbiddenException("Only caregivers and enterprises have a payout account.");
        }
    }
}
