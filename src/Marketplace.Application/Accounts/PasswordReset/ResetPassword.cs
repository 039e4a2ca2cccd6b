using Marketplace.Application.Common.Outbox;
using Mediator;

namespace Marketplace.Application.Accounts.PasswordReset;

/// <summary>A new password chosen with the link of a reset email; the account's owner is told by email that it changed.</summary>
/// <returns>False when the address, the token or both are not right (wrong, used, expired): nothing changed.</returns>
public sealed record ResetPassword(string Email, string Token, string NewPassword) : ICommand<bool>;

public sealed class ResetPasswordHandler(IIdentityService identity, IOutbox outbox) : ICommandHandler<ResetPassword, bool>
{
    public async ValueTask<bool> Handle(ResetPassword command, CancellationToken cancellationToken)
    {
        var email = AccountEmail.Normalize(command.Email);
        if (!await identity.ResetPasswordAsync(email, command.Token, command.NewPassword, cancellationToken))
        {
            return false;
        }

        var account = await identity.FindByEmailAsync(email, cancellationToken);
        outbox.Enqueue(new PasswordChangedEmail(account!.Id));
        return true;
    }
}
