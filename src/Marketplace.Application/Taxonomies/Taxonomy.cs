namespace Marketplace.Application.Taxonomies;

/// <summary>A closed list of terms, looked up by slug.</summary>
public sealed class Taxonomy
{
    private readonly Dictionary<string, TaxonomyTerm> _bySlug;

    public Taxonomy(IReadOnlyList<TaxonomyTerm> terms)
    {
        Terms = terms;
        _bySlug = terms.ToDictionary(t => t.Slug, StringComparer.Ordinal);
    }

    public IReadOnlyList<TaxonomyTerm> Terms { get; }

    /// <summary>Whether <paramref name="slug"/> is a term of this list; nothing (null) never is.</summary>
    public bool Contains(string? slug) => slug is not null && _bySlug.ContainsKey(slug);

    public TaxonomyTerm? Find(string slug) => _bySlug.GetValueOrDefault(slug);
}
