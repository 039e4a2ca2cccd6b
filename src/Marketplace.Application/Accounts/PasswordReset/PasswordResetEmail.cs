using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Notifications;

namespace Marketplace.Application.Accounts.PasswordReset;

/// <summary>The email that carries a link to choose a new password, to an account whose address is confirmed.</summary>
[OutboxMessage("password-reset-email")]
public sealed record PasswordResetEmail(Guid UserId);

public sealed class PasswordResetEmailSender(IIdentityService identity, IAccountLinks links, INotificationSender sender, EmailWriter writer)
    : IOutboxHandler<PasswordResetEmail>
{
    /// <summary>How long a reset link works (Identity's token lifespan, one day by default), as the email tells it.</summary>
    public const int LinkHours = 24;

    public async Task HandleAsync(PasswordResetEmail message, Guid messageId, CancellationToken cancellationToken)
    {
        // The token is made here, after the commit, so it never rests in the outbox table; an unconfirmed address gets none
        // (its sign-up email is the way in).
        if (await identity.FindAsync(message.UserId, cancellationToken) is { } account
            && await identity.PasswordResetTokenAsync(account.Id, cancellationToken) is { } token)
        {
            await sender.SendAsync(
                writer.Write(messageId, account, "account-password-reset", new Dictionary<string, object?>
                {
                    ["link"] = links.ResetPassword(account.Email, token),
                    ["link_hours"] = LinkHours,
                }),
                cancellationToken);
        }
    }
}
