using Marketplace.Application.Accounts.Register;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Notifications;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Accounts.ChangeEmail;

/// <summary>The email to the new address of a change: a link that makes it the account's address.</summary>
/// <param name="RequestId">The change request it answers (<see cref="IIdentityService.StartEmailChangeAsync"/>): a later request's email replaces this one.</param>
[OutboxMessage("email-change-link-email")]
public sealed record EmailChangeLinkEmail(Guid UserId, string NewEmail, string RequestId);

public sealed partial class EmailChangeLinkEmailSender(
    IIdentityService identity, IAccountLinks links, INotificationSender sender, EmailWriter writer, SignUpEmailLimit limit, ILogger<EmailChangeLinkEmailSender> logger)
    : IOutboxHandler<EmailChangeLinkEmail>
{
    /// <summary>How long a change link works (Identity's token lifespan, one day by default), as the email tells it.</summary>
    public const int LinkHours = 24;

    public async Task HandleAsync(EmailChangeLinkEmail message, Guid messageId, CancellationToken cancellationToken)
    {
        // The token is made here, after the commit, so it never rests in the outbox table. None is made when a later
        // request replaced this one or the change was made: only the latest request's link works.
        if (await identity.FindAsync(message.UserId, cancellationToken) is not { } account
            || await identity.EmailChangeTokenAsync(account.Id, message.NewEmail, message.RequestId, cancellationToken) is not { } token)
        {
            return;
        }

        // Written to the account (its language and name), sent to the address that is not the account's until the link is opened.
        Task Send() => sender.SendAsync(
            writer.Write(messageId, account with { Email = message.NewEmail }, "account-email-change-link", new Dictionary<string, object?>
            {
                ["link"] = links.ChangeEmail(account.Id, message.NewEmail, token),
                ["link_hours"] = LinkHours,
            }),
            cancellationToken);

        // Anyone with an account could have links mailed to any address: counted against the account that asks.
        if (!await limit.SendWithinAsync(account.Id, Send, cancellationToken))
        {
            LogLimited(logger, account.Id, SignUpEmailLimit.PerHour);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change-of-address link for account {AccountId} not sent: {PerHour} emails it asked for went out within the hour")]
    private static partial void LogLimited(ILogger logger, Guid accountId, int perHour);
}
