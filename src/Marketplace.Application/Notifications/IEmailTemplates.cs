namespace Marketplace.Application.Notifications;

/// <summary>
/// The emails Peduli writes, one template each in every language of <see cref="Accounts.AccountLanguages"/>
/// (Infrastructure keeps them as Liquid files, <c>Notifications/Templates/{language}/{template}.liquid</c>).
/// </summary>
public interface IEmailTemplates
{
    /// <summary>
    /// Writes <paramref name="templateName"/> (<c>booking-requested</c>) in <paramref name="language"/>. Values are strings,
    /// numbers, booleans, <see cref="SharedKernel.Money"/> (written <c>Rp 150.000</c>), null (for "none": false in a condition) and instants or
    /// lists of instants, which the template writes in <paramref name="timeZone"/> (an IANA id) with its abbreviation (WITA).
    /// Throws <see cref="InvalidOperationException"/> when the template is unknown or names a value not given.
    /// </summary>
    RenderedEmail Render(string templateName, string language, string timeZone, IReadOnlyDictionary<string, object?> values);
}

/// <summary>A template written out: its subject line, its plain text, and the same text as an HTML document.</summary>
public sealed record RenderedEmail(string Subject, string Text, string Html);
