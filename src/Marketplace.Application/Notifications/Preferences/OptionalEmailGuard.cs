using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Notifications.Preferences;

/// <summary>
/// Stands after the in-app copy and before the adapter: an optional email its reader turned off is not sent (its
/// notice is still kept), only logged by its id.
/// </summary>
public sealed partial class OptionalEmailGuard(INotificationSender next, IEmailPreferences preferences, ILogger<OptionalEmailGuard> logger)
    : INotificationSender
{
    public async Task SendAsync(Email email, CancellationToken cancellationToken)
    {
        if (email.ReaderId is { } reader && OptionalEmails.KindOf(email.Category) is { } kind
            && await preferences.FindAsync(reader, cancellationToken) is { } chosen && !chosen.Wants(kind))
        {
            LogTurnedOff(logger, email.Id, kind);
            return;
        }

        await next.SendAsync(email, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {EmailId} not sent: its reader turned off {Kind} emails")]
    private static partial void LogTurnedOff(ILogger logger, Guid emailId, OptionalEmail kind);
}
