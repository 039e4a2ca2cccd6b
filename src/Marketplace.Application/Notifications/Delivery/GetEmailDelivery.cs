using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Notifications.Delivery;

/// <summary>Whether email reaches the signed-in person: null when nothing says otherwise.</summary>
public sealed record GetEmailDelivery : IQuery<EmailDeliveryProblem?>;

/// <summary>Mail to <paramref name="Address"/> does not arrive, for <paramref name="Reason"/>, reported at <paramref name="ReportedAt"/>.</summary>
public sealed record EmailDeliveryProblem(string Address, UndeliverableReason Reason, DateTimeOffset ReportedAt);

public sealed class GetEmailDeliveryHandler(ICurrentUser currentUser, IIdentityService identity, IUndeliverableAddresses undeliverable)
    : IQueryHandler<GetEmailDelivery, EmailDeliveryProblem?>
{
    public async ValueTask<EmailDeliveryProblem?> Handle(GetEmailDelivery query, CancellationToken cancellationToken)
    {
        var account = await identity.FindAsync(currentUser.RequireUserId(), cancellationToken);
        return account is not null && await undeliverable.FindAsync(account.Email, cancellationToken) is { } known
            ? new EmailDeliveryProblem(account.Email, known.Reason, known.ReportedAt)
            : null;
    }
}
