using System.Globalization;

namespace Marketplace.Application.Accounts;

/// <summary>
/// The languages an account reads Peduli in (ISO 639-1): the site's pages follow the visitor's choice, and emails follow
/// the account's, taken at sign-up and changed with the language switch while signed in.
/// </summary>
public static class AccountLanguages
{
    public const string Indonesian = "id";
    public const string English = "en";

    /// <summary>Bahasa Indonesia: the site's first language, and every account's until it chooses another.</summary>
    public const string Default = Indonesian;

    public static IReadOnlyList<string> All { get; } = [Indonesian, English];

    /// <summary>The account language of <paramref name="culture"/> (<c>en-GB</c> → <c>en</c>), or the default for any other language.</summary>
    public static string Of(CultureInfo culture) =>
        All.Contains(culture.TwoLetterISOLanguageName) ? culture.TwoLetterISOLanguageName : Default;
}
