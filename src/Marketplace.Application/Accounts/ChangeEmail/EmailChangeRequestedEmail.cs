using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Notifications;

namespace Marketplace.Application.Accounts.ChangeEmail;

/// <summary>
/// Tells an account's address that a move to another address was asked for, so a change its owner did not ask for is
/// noticed while it can still be stopped: choosing a new password makes the change link useless.
/// </summary>
/// <param name="Email">The account's address when the change was asked for: the notice goes there even if the change is made first.</param>
/// <param name="NewEmail">The address asked for, which the notice names masked (<see cref="AccountEmail.Mask"/>).</param>
[OutboxMessage("email-change-requested-email")]
public sealed record EmailChangeRequestedEmail(Guid UserId, string Email, string NewEmail);

public sealed class EmailChangeRequestedEmailSender(IIdentityService identity, IAccountLinks links, INotificationSender sender, EmailWriter writer)
    : IOutboxHandler<EmailChangeRequestedEmail>
{
    public async Task HandleAsync(EmailChangeRequestedEmail message, Guid messageId, CancellationToken cancellationToken)
    {
        if (await identity.FindAsync(message.UserId, cancellationToken) is { } account)
        {
            await sender.SendAsync(
                writer.Write(messageId, account with { Email = message.Email }, "account-email-change-requested", new Dictionary<string, object?>
                {
                    ["new_email"] = AccountEmail.Mask(message.NewEmail),
                    ["forgot"] = links.ForgotPassword(),
                }),
                cancellationToken);
        }
    }
}
