using Marketplace.TestSupport;
using MimeKit;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>The shared email behaviour on the pickup folder, each .eml read back with MimeKit.</summary>
public sealed class PickupFolderEmailBehaviour : EmailSenderBehaviour
{
    private string MailFolder => Path.Combine(App.DataPath, "mail");

    protected override Task<EmailSuiteApp> StartAppAsync() => Task.FromResult(new EmailSuiteApp(TestDatabase.Sqlite(), sendGrid: null));

    /// <summary>The pickup folder holds one file per email id: a second send replaces it, and its Message-ID is the id's.</summary>
    protected override IReadOnlyList<DeliveredEmail> Delivered(Guid emailId)
    {
        if (App.MessageOf(emailId) is not { } message)
        {
            return [];
        }

        Assert.Equal($"{emailId}@peduli.test", message.MessageId);
        var headers = message.Headers.GroupBy(h => h.Field, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => Assert.Single(g).Value.Trim(), StringComparer.OrdinalIgnoreCase);
        var alternatives = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternatives.Select(part => part.ContentType.MimeType));
        return
        [
            new DeliveredEmail(
                message.To.Mailboxes.Single().Address, message.Subject ?? "", message.TextBody ?? "", message.HtmlBody ?? "",
                message.Headers["X-Peduli-Category"] ?? "", Guid.Parse(message.MessageId!.Split('@')[0]), headers),
        ];
    }

    /// <summary>A file where the folder should be: the adapter cannot write, as with a disk that is full or unmounted.</summary>
    protected override void BreakService()
    {
        if (Directory.Exists(MailFolder))
        {
            Directory.Move(MailFolder, MailFolder + ".away");
        }

        File.WriteAllText(MailFolder, "not a folder");
    }

    protected override void MendService()
    {
        File.Delete(MailFolder);
        if (Directory.Exists(MailFolder + ".away"))
        {
            Directory.Move(MailFolder + ".away", MailFolder);
        }
    }
}
