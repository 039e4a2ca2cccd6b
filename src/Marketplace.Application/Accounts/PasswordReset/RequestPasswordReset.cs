using Marketplace.Application.Common.Outbox;
using Mediator;

namespace Marketplace.Application.Accounts.PasswordReset;

/// <summary>
/// Someone forgot their password and gives their address. The answer is the same whether or not the address has an
/// account (OWASP ASVS 5.0 V6.4): only the mailbox of a confirmed account gets a link to choose a new password.
/// </summary>
public sealed record RequestPasswordReset(string Email) : ICommand;

public sealed class RequestPasswordResetHandler(IIdentityService identity, IOutbox outbox) : ICommandHandler<RequestPasswordReset>
{
    public async ValueTask<Unit> Handle(RequestPasswordReset command, CancellationToken cancellationToken)
    {
        if (await identity.FindByEmailAsync(AccountEmail.Normalize(command.Email), cancellationToken) is { } account)
        {
            outbox.Enqueue(new PasswordResetEmail(account.Id));
        }

        return Unit.Value;
    }
}
