using System.Text.RegularExpressions;
using MimeKit;

namespace Marketplace.TestSupport;

/// <summary>The emails the app wrote to its pickup folder (<c>DataPath/mail</c>), read with MimeKit as a person's mailbox.</summary>
public static partial class Mailbox
{
    /// <summary>Every message to <paramref name="to"/> so far (none when the folder is not made yet), as MIME messages.</summary>
    public static IEnumerable<MimeMessage> MessagesTo(this MarketplaceAppFactory app, string to) =>
        Messages(app).Where(m => m.To.Mailboxes.Any(address => string.Equals(address.Address, to, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The message written for email <paramref name="emailId"/> (its outbox message), or null when there is none.</summary>
    public static MimeMessage? MessageOf(this MarketplaceAppFactory app, Guid emailId)
    {
        var path = Path.Combine(app.DataPath, "mail", $"{emailId}.eml");
        return File.Exists(path) ? MimeMessage.Load(path) : null;
    }

    /// <summary>The decoded text of every email to <paramref name="to"/> so far.</summary>
    public static IEnumerable<string> MailTo(this MarketplaceAppFactory app, string to) =>
        app.MessagesTo(to).Select(m => m.TextBody ?? string.Empty);

    /// <summary>Waits (as <see cref="Eventually"/>) for an email to <paramref name="to"/> containing <paramref name="text"/> and returns its text.</summary>
    public static Task<string> EmailToAsync(this MarketplaceAppFactory app, string to, string text) =>
        Eventually.FoundAsync(
            () => Task.FromResult(app.MailTo(to).FirstOrDefault(m => m.Contains(text, StringComparison.Ordinal))),
            $"no email to {to} said \"{text}\"");

    /// <summary>As <see cref="EmailToAsync"/>, returning the whole message (its HTML body, its headers).</summary>
    public static Task<MimeMessage> MessageToAsync(this MarketplaceAppFactory app, string to, string text) =>
        Eventually.FoundAsync(
            () => Task.FromResult(app.MessagesTo(to).FirstOrDefault(m => m.TextBody?.Contains(text, StringComparison.Ordinal) == true)),
            $"no email to {to} said \"{text}\"");

    /// <summary>
    /// Waits for a sign-up email to <paramref name="to"/> and returns its confirmation link (absolute, on the public
    /// address); with <paramref name="except"/>, for a link other than that one (a later sign-up's).
    /// </summary>
    public static Task<Uri> ConfirmationLinkAsync(this MarketplaceAppFactory app, string to, Uri? except = null) =>
        Eventually.FoundAsync(
            () => Task.FromResult(app.MailTo(to).Select(m => ConfirmationLink().Match(m)).Where(m => m.Success)
                .Select(m => new Uri(m.Value)).FirstOrDefault(link => link != except)),
            $"no sign-up email to {to} carried a new confirmation link");

    /// <summary>Opens <paramref name="link"/> on the pages and confirms it with <paramref name="password"/>, as the person would.</summary>
    public static Task<HttpResponseMessage> ConfirmOnPagesAsync(this HttpClient pages, Uri link, string password)
    {
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        return pages.PostFormAsync(link.PathAndQuery, "/account/confirm-email", new()
        {
            ["User"] = query["user"]!, ["Token"] = query["token"]!, ["Password"] = password,
        });
    }

    private static IEnumerable<MimeMessage> Messages(MarketplaceAppFactory app)
    {
        var folder = Path.Combine(app.DataPath, "mail");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.eml").Select(path => MimeMessage.Load(path)) : [];
    }

    [GeneratedRegex(@"https?://\S+/account/confirm-email\?\S+")]
    private static partial Regex ConfirmationLink();
}
