using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Notifications.Delivery;
using Mediator;

namespace Marketplace.Application.Accounts.ChangeEmail;

/// <summary>
/// The link of a change-of-address email is used: the account's address, and the user name it signs in with, become
/// <see cref="NewEmail"/>, which stays confirmed; every other session of the account ends; the old address is told.
/// </summary>
/// <returns>False when the link cannot change anything (wrong, used, replaced by a later request, expired, or the address
/// is a confirmed account's since): nothing changed.</returns>
public sealed record ConfirmEmailChange(Guid UserId, string NewEmail, string Token) : ICommand<bool>;

public sealed class ConfirmEmailChangeHandler(IIdentityService identity, IUndeliverableAddresses undeliverable, IOutbox outbox)
    : ICommandHandler<ConfirmEmailChange, bool>
{
    public async ValueTask<bool> Handle(ConfirmEmailChange command, CancellationToken cancellationToken)
    {
        var newEmail = AccountEmail.Normalize(command.NewEmail);
        if (await identity.FindAsync(command.UserId, cancellationToken) is not { } account
            || !await identity.ChangeEmailAsync(account.Id, newEmail, command.Token, cancellationToken))
        {
            return false;
        }

        // The link arrived, so mail reaches the new address whatever was reported of it before. The old address keeps its
        // own record: reports are kept per address, not per account.
        if (await undeliverable.FindAsync(newEmail, cancellationToken) is { } reported)
        {
            undeliverable.Remove(reported);
        }

        outbox.Enqueue(new EmailChangedEmail(account.Id, account.Email, newEmail));
        return true;
    }
}
