using Marketplace.Application.Accounts;
using Marketplace.Application.Notifications.Preferences;

namespace Marketplace.Application.Notifications;

/// <summary>
/// Writes an email to an account from a template, in the account's language and time zone. An optional email
/// (<see cref="OptionalEmails"/>) carries its one-click unsubscribe link, in its text and in its headers.
/// </summary>
public sealed class EmailWriter(IEmailTemplates templates, IUnsubscribeLinks unsubscribeLinks)
{
    /// <summary>
    /// The email <paramref name="id"/> (the outbox message's id) to <paramref name="reader"/>. Templates may use
    /// <c>name</c>, the reader's full name, beside <paramref name="values"/>; an optional email's template must use
    /// <c>unsubscribe_url</c>.
    /// </summary>
    public Email Write(Guid id, AccountIdentity reader, string template, IReadOnlyDictionary<string, object?> values)
    {
        var all = new Dictionary<string, object?>(values) { ["name"] = reader.FullName };
        var unsubscribe = OptionalEmails.KindOf(template) is { } kind ? unsubscribeLinks.LinkFor(reader.Id, kind) : null;
        if (unsubscribe is not null)
        {
            all["unsubscribe_url"] = unsubscribe.AbsoluteUri;
        }

        var written = templates.Render(template, reader.Language, reader.TimeZone, all);
        return new Email(id, reader.Email, written.Subject, written.Text, written.Html, template) { ReaderId = reader.Id, UnsubscribeUrl = unsubscribe };
    }
}
