using Marketplace.Application.Notifications;
using Microsoft.Extensions.Logging;

namespace Marketplace.Infrastructure.Notifications;

/// <summary>
/// The embedded email default: each email becomes a MIME message (.eml, text and HTML alternatives) in
/// <c>DataPath/mail</c>, named by its id so sending it again rewrites the same file. The information log names the
/// email by its id only; who it went to is personal data, logged at debug level alone, and its subject is not logged at all.
/// </summary>
internal sealed partial class PickupFolderEmailSender(DataPathOptions dataPath, EmailOptions options, TimeProvider clock, ILogger<PickupFolderEmailSender> logger)
    : INotificationSender
{
    public async Task SendAsync(Email email, CancellationToken cancellationToken)
    {
        var message = MimeEmail.From(email, options.From, clock.GetUtcNow());
        var folder = dataPath.PathOf("mail");
        Directory.CreateDirectory(folder);

        // Written aside and moved into place, so a reader of the folder never finds half a message.
        var path = Path.Combine(folder, $"{email.Id}.eml");
        var partial = path + ".part";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
        LogSent(logger, email.Id);
        LogRecipient(logger, email.Id, email.To);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {EmailId} written to the pickup folder")]
    private static partial void LogSent(ILogger logger, Guid emailId);

    // Not the subject: it names the person cared for, and a sign-up email's says whether the address had an account.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Email {EmailId} is to {To}")]
    private static partial void LogRecipient(ILogger logger, Guid emailId, string to);
}
