using FluentValidation;

namespace Marketplace.Application.Common.Validation;

public static class TextRules
{
    /// <summary>The text has no line break: a name is one line, wherever it is shown, and an email carrying it cannot be given a paragraph of someone else's words.</summary>
    public static IRuleBuilderOptions<T, string?> SingleLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || text.IndexOfAny(['\r', '\n', '\u2028', '\u2029', '\u0085']) < 0)
            .WithMessage("'{PropertyName}' must be one line.");

    /// <summary>
    /// An email address as mail servers route it: Latin letters, digits and <c>. _ % + - '</c> before the <c>@</c>, a
    /// domain of dot-separated labels with no trailing dot. Other letters are refused because the account store
    /// compares addresses in upper case, where a look-alike (a long s, a dotless i) would pass for another address.
    /// </summary>
    public static IRuleBuilderOptions<T, string> RoutableEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.Matches(@"^\s*[A-Za-z0-9._%+'\-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\s*$")
            .WithMessage("'{PropertyName}' must be an email address such as nama@contoh.id, in Latin letters without accents.");
}
