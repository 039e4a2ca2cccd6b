using Marketplace.Application.Accounts;

namespace Marketplace.Application.Notifications;

/// <summary>Writes an email to an account from a template, in the account's language and time zone.</summary>
public sealed class EmailWriter(IEmailTemplates templates)
{
    /// <summary>
    /// The email <paramref name="id"/> (the outbox message's id) to <paramref name="reader"/>. Templates may use
    /// <c>name</c>, the reader's full name, beside <paramref name="values"/>.
    /// </summary>
    public Email Write(Guid id, AccountIdentity reader, string template, IReadOnlyDictionary<string, object?> values)
    {
        var all = new Dictionary<string, object?>(values) { ["name"] = reader.FullName };
        var written = templates.Render(template, reader.Language, reader.TimeZone, all);
        return new Email(id, reader.Email, written.Subject, written.Text, written.Html, template) { ReaderId = reader.Id };
    }
}
