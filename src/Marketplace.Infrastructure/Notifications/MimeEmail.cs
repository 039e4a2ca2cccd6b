using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Notifications;
using MimeKit;

namespace Marketplace.Infrastructure.Notifications;

/// <summary>An <see cref="Email"/> as a MIME message, as a mail server would receive it.</summary>
internal static class MimeEmail
{
    /// <summary>The header that names the template an email came from, as SendGrid's category does.</summary>
    public const string CategoryHeader = "X-Peduli-Category";

    /// <summary>
    /// The message: From, To, Subject, Date, a Message-ID made of the email's id (so two sends of one email are one
    /// message to a mail client), the category header, RFC 8058's unsubscribe headers when the email has a link, and a
    /// multipart/alternative body with the text first and the HTML last (the preferred one). Throws
    /// <see cref="PermanentFailureException"/> when the sender or recipient is not an address.
    /// </summary>
    public static MimeMessage From(Email email, string from, DateTimeOffset now)
    {
        var sender = Address(from, "Email:From");
        var message = new MimeMessage
        {
            Subject = email.Subject,
            Date = now,
            MessageId = MessageId(email.Id, sender),
            Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(sender);
        message.To.Add(Address(email.To, "the recipient"));
        message.Headers.Add(CategoryHeader, email.Category);
        foreach (var (name, value) in UnsubscribeHeaders(email))
        {
            message.Headers.Add(name, value);
        }

        return message;
    }

    /// <summary>The Message-ID (without angle brackets) of email <paramref name="id"/> from <paramref name="sender"/>'s domain.</summary>
    public static string MessageId(Guid id, MailboxAddress sender) => $"{id}@{sender.Domain}";

    /// <summary>RFC 8058's one-click unsubscribe headers, none for a transactional email.</summary>
    public static IEnumerable<(string Name, string Value)> UnsubscribeHeaders(Email email) =>
        email.UnsubscribeUrl is { } url
            ? [("List-Unsubscribe", $"<{url.AbsoluteUri}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
            : [];

    /// <summary>One mailbox address; <paramref name="what"/> names it in the error when it is not one.</summary>
    public static MailboxAddress Address(string text, string what) =>
        MailboxAddress.TryParse(text, out var address) && address.Domain.Length > 0
            ? address
            : throw new PermanentFailureException($"The email cannot be sent: {what} is not an email address.");
}
