using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Notifications;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Accounts.PausedSignIns;

/// <summary>
/// Tells an account's owner that a client's sign-ins to their address are paused after failing (see
/// <see cref="ReportPausedSignIns"/>): from where, how often, for how long, and to choose a new password if it was not them.
/// </summary>
/// <param name="Email">The address the sign-ins were made to; the email goes to its account, if it has a confirmed one.</param>
/// <param name="PausedAt">When the last failure paused the client.</param>
[OutboxMessage("paused-sign-ins-email")]
public sealed record PausedSignInsEmail(string Email, string Client, int Failures, long WaitMinutes, DateTimeOffset PausedAt);

public sealed partial class PausedSignInsEmailSender(
    IIdentityService identity,
    IAccountLinks links,
    INotificationSender sender,
    EmailWriter writer,
    PausedSignInsEmailLimit limit,
    ILogger<PausedSignInsEmailSender> logger) : IOutboxHandler<PausedSignInsEmail>
{
    public async Task HandleAsync(PausedSignInsEmail message, Guid messageId, CancellationToken cancellationToken)
    {
        // An address nobody confirmed has no owner to tell yet (its account cannot sign in, and no reset link would reach it).
        if (await identity.FindConfirmedByEmailAsync(message.Email, cancellationToken) is not { } account)
        {
            return;
        }

        // Many clients pausing at once (an attack from many addresses) make one email, not one each; the others are never written.
        Task Send() => sender.SendAsync(
            writer.Write(messageId, account, "account-sign-ins-paused", new Dictionary<string, object?>
            {
                ["client"] = message.Client,
                ["failures"] = message.Failures,
                ["wait_minutes"] = message.WaitMinutes,
                ["paused_at"] = message.PausedAt,
                ["forgot"] = links.ForgotPassword(),
            }),
            cancellationToken);
        if (!await limit.SendWithinAsync(account.Id, Send, cancellationToken))
        {
            LogLimited(logger, account.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Paused sign-ins email to account {AccountId} not sent: one went out within the window")]
    private static partial void LogLimited(ILogger logger, Guid accountId);
}
