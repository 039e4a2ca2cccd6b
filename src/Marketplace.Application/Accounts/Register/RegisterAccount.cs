using Marketplace.Application.Common.Outbox;
using Mediator;

namespace Marketplace.Application.Accounts.Register;

/// <summary>
/// Someone signs up as a family, a caregiver or an enterprise. The answer is the same whether or not the address
/// has an account (OWASP ASVS 5.0 V6.3.8): only the mailbox learns which, from the email it gets, a link to confirm
/// the address or a note that it has an account already.
/// </summary>
/// <param name="Language">The language the account's emails are written in (<c>id</c> or <c>en</c>); when left out, the language the request was made in.</param>
public sealed record RegisterAccount(string Email, string Password, string Role, string FullName, string? Phone = null, string? Language = null)
    : ICommand;

public sealed class RegisterAccountHandler(IIdentityService identity, IOutbox outbox) : ICommandHandler<RegisterAccount>
{
    public async ValueTask<Unit> Handle(RegisterAccount command, CancellationToken cancellationToken)
    {
        var signUp = await identity.SignUpAsync(
            new NewAccount(AccountEmail.Normalize(command.Email), command.Password, command.FullName.Trim(), command.Phone?.Trim(), command.Role, command.Language ?? AccountLanguages.Default),
            cancellationToken);
        outbox.Enqueue(new SignUpEmail(signUp.UserId, signUp.AddressWasConfirmed, signUp.Version));
        return Unit.Value;
    }
}
