using FluentValidation;
using FluentValidation.Results;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Accounts.ChangeEmail;

/// <summary>
/// The signed-in person asks, with their password, to move their account to another address. A link that makes the
/// change goes to the new address, and the current address is told that a change was asked for. When the new address
/// has a confirmed account already, it gets a note instead and nothing will change. The answer is the same either way,
/// so it tells nobody who is registered (OWASP ASVS 5.0 V6.3.8); only the new mailbox learns which.
/// </summary>
/// <returns>False when the password is not the account's: nothing recorded, nothing sent. Throws a validation error on
/// <c>NewEmail</c> when it is the account's address already.</returns>
public sealed record RequestEmailChange(string NewEmail, string Password) : ICommand<bool>;

public sealed class RequestEmailChangeHandler(ICurrentUser currentUser, IIdentityService identity, IOutbox outbox)
    : ICommandHandler<RequestEmailChange, bool>
{
    public async ValueTask<bool> Handle(RequestEmailChange command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var account = await identity.FindAsync(userId, cancellationToken) ?? throw new NotFoundException("Account", userId);
        if (!await identity.CheckPasswordAsync(userId, command.Password, cancellationToken))
        {
            return false;
        }

        var newEmail = AccountEmail.Normalize(command.NewEmail);
        if (AccountEmail.AreSame(newEmail, account.Email))
        {
            throw new ValidationException([new ValidationFailure(nameof(RequestEmailChange.NewEmail), ChangeEmailErrors.SameAddress)]);
        }

        // Both ways record a new request (so links sent before stop working) and look the address up: they cost the same.
        var request = await identity.StartEmailChangeAsync(userId, cancellationToken);
        if (await identity.FindConfirmedByEmailAsync(newEmail, cancellationToken) is { } holder)
        {
            outbox.Enqueue(new AddressTakenEmail(holder.Id));
        }
        else
        {
            outbox.Enqueue(new EmailChangeLinkEmail(userId, newEmail, request));
        }

        outbox.Enqueue(new EmailChangeRequestedEmail(userId, account.Email, newEmail));
        return true;
    }
}
