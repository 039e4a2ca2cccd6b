using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Notifications.Delivery;

/// <summary>
/// The signed-in person says their mailbox works again (they emptied it, fixed a filter, asked their provider): their
/// address is no longer marked undeliverable, so email is sent to it again. Should it fail again, the service reports
/// it again. Nothing happens when it was not marked.
/// </summary>
public sealed record RetryEmailDelivery : ICommand;

public sealed class RetryEmailDeliveryHandler(ICurrentUser currentUser, IIdentityService identity, IUndeliverableAddresses undeliverable)
    : ICommandHandler<RetryEmailDelivery>
{
    public async ValueTask<Unit> Handle(RetryEmailDelivery command, CancellationToken cancellationToken)
    {
        var account = await identity.FindAsync(currentUser.RequireUserId(), cancellationToken);
        if (account is not null && await undeliverable.FindAsync(account.Email, cancellationToken) is { } known)
        {
            undeliverable.Remove(known);
        }

        return Unit.Value;
    }
}
