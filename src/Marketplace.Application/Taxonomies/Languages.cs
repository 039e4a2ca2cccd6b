namespace Marketplace.Application.Taxonomies;

/// <summary>Languages a caregiver speaks; regional languages matter to elders in South Sulawesi.</summary>
public static class Languages
{
    public static Taxonomy All { get; } = new(
    [
        new("id", "Bahasa Indonesia", "Indonesian"),
        new("bug", "Bugis", "Buginese"),
        new("mak", "Makassar", "Makassarese"),
        new("sda", "Toraja", "Toraja"),
        new("mdr", "Mandar", "Mandar"),
        new("jv", "Jawa", "Javanese"),
        new("en", "Inggris", "English"),
    ]);
}
