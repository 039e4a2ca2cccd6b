using System.Globalization;
using System.Resources;
using Marketplace.Application.Common.Errors;

namespace Marketplace.Web.Localization;

/// <summary>UI text for code that runs outside a view or controller, such as validation display names.</summary>
internal static class UiText
{
    private static readonly ResourceManager Resources = new("Marketplace.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    /// <summary>The label of a field in the current UI language, or the member name when there is none.</summary>
    public static string FieldName(string member) =>
        member.Length == 0 ? member : Resources.GetString("Field." + char.ToUpperInvariant(member[0]) + member[1..], CultureInfo.CurrentUICulture) ?? member;

    /// <summary>
    /// A message of the use cases (written in English, which is also its resource key) in the current UI
    /// language; a message without a translation is shown as written.
    /// </summary>
    public static string Translate(string message) => Resources.GetString(message, CultureInfo.CurrentUICulture) ?? message;

    /// <summary>A broken rule in the current UI language, with what it names (a date, a time) written that language's way.</summary>
    public static string Explain(BusinessRuleException rule) =>
        rule.Arguments.Count == 0 ? Translate(rule.Rule) : Format(rule.Rule, [.. rule.Arguments]);

    /// <summary>The counted text <paramref name="key"/> for <paramref name="count"/> in the current UI language (see <see cref="CountedTexts"/>).</summary>
    public static string Count(string key, long count) => Format(key + CountedTexts.Category(count, CultureInfo.CurrentUICulture), count);

    /// <summary>A rule's refusal (a use case's answer that says why not, without throwing) in the current UI language.</summary>
    public static string Explain(string rule, IReadOnlyList<object> arguments) => Explain(new BusinessRuleException(rule, [.. arguments]));

    /// <summary>The text of <paramref name="key"/> in the current UI language with <paramref name="args"/> filled in.</summary>
    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key, args);
}
