using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Notifications.Delivery;

/// <summary>
/// Stands before the email adapter: an email to an address known not to receive mail is not sent (it would bounce
/// again and harm the delivery of everyone else's), only logged by its id. The person sees why on their account page.
/// </summary>
public sealed partial class UndeliverableAddressGuard(INotificationSender adapter, IUndeliverableAddresses undeliverable, ILogger<UndeliverableAddressGuard> logger)
    : INotificationSender
{
    public async Task SendAsync(Email email, CancellationToken cancellationToken)
    {
        if (await undeliverable.FindAsync(email.To, cancellationToken) is { } known)
        {
            LogSkipped(logger, email.Id, known.Reason);
            return;
        }

        await adapter.SendAsync(email, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {EmailId} not sent: its address is undeliverable ({Reason})")]
    private static partial void LogSkipped(ILogger logger, Guid emailId, UndeliverableReason reason);
}
