using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Notifications;

namespace Marketplace.Application.Accounts.ChangeEmail;

/// <summary>Tells the address an account had that the account moved to another one, named masked (<see cref="AccountEmail.Mask"/>).</summary>
/// <param name="OldEmail">The address before the change, where this notice goes (the account's emails go to its new address now).</param>
[OutboxMessage("email-changed-email")]
public sealed record EmailChangedEmail(Guid UserId, string OldEmail, string NewEmail);

public sealed class EmailChangedEmailSender(IIdentityService identity, INotificationSender sender, EmailWriter writer)
    : IOutboxHandler<EmailChangedEmail>
{
    public async Task HandleAsync(EmailChangedEmail message, Guid messageId, CancellationToken cancellationToken)
    {
        if (await identity.FindAsync(message.UserId, cancellationToken) is { } account)
        {
            await sender.SendAsync(
                writer.Write(messageId, account with { Email = message.OldEmail }, "account-email-changed", new Dictionary<string, object?>
                {
                    ["new_email"] = AccountEmail.Mask(message.NewEmail),
                }),
                cancellationToken);
        }
    }
}
