using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Localization;

/// <summary>
/// Texts that count something, in the grammatical number the count needs: English says "1 hour" and "2 hours",
/// Indonesian "1 jam" and "2 jam". A counted text has two resource entries, <c>key.One</c> and <c>key.Other</c>,
/// named after the CLDR plural categories of the UI languages (English has "one" and "other", Indonesian only
/// "other"; https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html).
/// </summary>
internal static class CountedTexts
{
    /// <summary>The suffix of the entry used when a count is exactly one in a language with a singular.</summary>
    public const string One = ".One";

    /// <summary>The suffix of the entry used for every other count, and for every count in Indonesian.</summary>
    public const string Other = ".Other";

    /// <summary>
    /// The text <paramref name="key"/> for <paramref name="count"/>, which fills <c>{0}</c>; <paramref name="more"/>
    /// fills <c>{1}</c> onwards.
    /// </summary>
    public static LocalizedString Count(this IStringLocalizer text, string key, long count, params object[] more) =>
        text[key + Category(count, CultureInfo.CurrentUICulture), [count, .. more]];

    /// <summary>The plural category suffix of <paramref name="count"/> in <paramref name="language"/>.</summary>
    public static string Category(long count, CultureInfo language) =>
        count == 1 && language.TwoLetterISOLanguageName == "en" ? One : Other;
}
