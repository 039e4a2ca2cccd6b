using System.Globalization;

namespace Marketplace.Application.Taxonomies;

/// <summary>A fixed term of a taxonomy: a stable slug that data refers to, and its name in each UI language.</summary>
public sealed record TaxonomyTerm(string Slug, string NameId, string NameEn)
{
    /// <summary>The name in <paramref name="culture"/>'s language; Bahasa Indonesia unless that is English.</summary>
    public string NameIn(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? NameEn : NameId;
}
