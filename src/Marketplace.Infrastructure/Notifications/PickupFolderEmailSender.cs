using System.Text;
using Marketplace.Application.Notifications;
using Microsoft.Extensions.Logging;

namespace Marketplace.Infrastructure.Notifications;

/// <summary>
/// The embedded email default: each email becomes an .eml file in <c>DataPath/mail</c>, named by its id
/// so sending it again rewrites the same file, and a log line says who was written to.
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
        LogSent(logger, email.To, email.Subject);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email to {To} written to the pickup folder: {Subject}")]
    private static partial void LogSent(ILogger logger, string to, string subject);
}
