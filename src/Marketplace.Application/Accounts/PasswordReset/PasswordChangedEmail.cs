using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Notifications;

namespace Marketplace.Application.Accounts.PasswordReset;

/// <summary>Tells an account's owner that its password was changed, so a change they did not make does not go unnoticed.</summary>
[OutboxMessage("password-changed-email")]
public sealed record PasswordChangedEmail(Guid UserId);

public sealed class PasswordChangedEmailSender(IIdentityService identity, IAccountLinks links, INotificationSender sender, EmailWriter writer)
    : IOutboxHandler<PasswordChangedEmail>
{
    public async Task HandleAsync(PasswordChangedEmail message, Guid messageId, CancellationToken cancellationToken)
    {
        if (await identity.FindAsync(message.UserId, cancellationToken) is { } account)
        {
            await sender.SendAsync(
                writer.Write(messageId, account, "account-password-changed", new Dictionary<string, object?> { ["forgot"] = links.ForgotPassword() }),
                cancellationToken);
        }
    }
}
