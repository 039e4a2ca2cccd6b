using System.Text;
using System.Text.RegularExpressions;

namespace Marketplace.TestSupport;

/// <summary>The emails the app wrote to its pickup folder (<c>DataPath/mail</c>), read as a person's mailbox.</summary>
public static partial class Mailbox
{
    /// <summary>The decoded text of every email to <paramref name="to"/> so far (none when the folder is not made yet).</summary>
    public static IEnumerable<string> MailTo(this MarketplaceAppFactory app, string to)
    {
        var folder = Path.Combine(app.DataPath, "mail");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.eml").Select(File.ReadAllText).Where(m => m.Contains($"To: {to}\r\n", StringComparison.Ordinal)).Select(BodyOf)
            : [];
    }

    /// <summary>Waits (as <see cref="Eventually"/>) for an email to <paramref name="to"/> containing <paramref name="text"/> and returns its text.</summary>
    public static Task<string> EmailToAsync(this MarketplaceAppFactory app, string to, string text) =>
        Eventually.FoundAsync(
            () => Task.FromResult(app.MailTo(to).FirstOrDefault(m => m.Contains(text, StringComparison.Ordinal))),
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

    private static string BodyOf(string eml) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(eml.Split("\r\n\r\n", 2)[1].Replace("\r\n", "", StringComparison.Ordinal)));

    [GeneratedRegex(@"https?://\S+/account/confirm-email\?\S+")]
    private static partial Regex ConfirmationLink();
}
