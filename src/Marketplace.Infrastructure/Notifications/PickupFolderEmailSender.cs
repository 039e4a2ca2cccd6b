using System.Text;
using Marketplace.Application.Notifications;
using Microsoft.Extensions.Logging;

namespace Marketplace.Infrastructure.Notifications;

/// <summary>
/// The embedded email default: each email becomes an .eml file in <c>DataPath/mail</c>, named by its id
/// so sending it again rewrites the same file. The information log names the email by its id only; who it went
/// to is personal data, logged at debug level alone, and its subject is not logged at all.
/// </summary>
internal sealed partial class PickupFolderEmailSender(DataPathOptions dataPath, TimeProvider clock, ILogger<PickupFolderEmailSender> logger)
    : INotificationSender
{
    public const string From = "Peduli <no-reply@peduli.test>";

    public async Task SendAsync(Email email, CancellationToken cancellationToken)
    {
        var folder = dataPath.PathOf("mail");
        Directory.CreateDirectory(folder);
        var eml = new StringBuilder()
            .Append("From: ").Append(From).Append("\r\n")
            .Append("To: ").Append(email.To).Append("\r\n")
            .Append("Subject: =?utf-8?B?").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(email.Subject))).Append("?=\r\n")
            .Append("Date: ").Append(clock.GetUtcNow().ToString("r", System.Globalization.CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Message-ID: <").Append(email.Id).Append("@peduli.test>\r\n")
            .Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n")
            .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(email.TextBody), Base64FormattingOptions.InsertLineBreaks)).Append("\r\n");
        await File.WriteAllTextAsync(Path.Combine(folder, $"{email.Id}.eml"), eml.ToString(), cancellationToken);
        LogSent(logger, email.Id);
        LogRecipient(logger, email.Id, email.To);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {EmailId} written to the pickup folder")]
    private static partial void LogSent(ILogger logger, Guid emailId);

    // Not the subject: it names the person cared for, and a sign-up email's says whether the address had an account.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Email {EmailId} is to {To}")]
    private static partial void LogRecipient(ILogger logger, Guid emailId, string to);
}
