namespace Marketplace.Application.Notifications.Inbox;

/// <summary>
/// Stands before the email adapters: an email written to an account is kept as an in-app notice first, so a person
/// whose email does not arrive (an undeliverable address, a full mailbox) still sees it. Account emails
/// (<c>account-*</c> templates) are not kept: their links sign in or set a password, and belong in the mailbox alone.
/// </summary>
public sealed class InAppCopy(INotificationSender next, INoticeInbox inbox, TimeProvider clock) : INotificationSender
{
    public async Task SendAsync(Email email, CancellationToken cancellationToken)
    {
        if (email.ReaderId is { } reader && !email.Category.StartsWith("account-", StringComparison.Ordinal))
        {
            await inbox.KeepAsync(new Notice(email.Id, reader, email.Subject, email.TextBody, clock.GetUtcNow()), cancellationToken);
        }

        await next.SendAsync(email, cancellationToken);
    }
}
