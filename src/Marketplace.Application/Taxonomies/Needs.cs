namespace Marketplace.Application.Taxonomies;

/// <summary>Needs of a care recipient that services say they support.</summary>
public static class Needs
{
    public static Taxonomy All { get; } = new(
    [
        new("mobility", "Keterbatasan gerak", "Limited mobility"),
        new("wheelchair", "Pengguna kursi roda", "Wheelchair user"),
        new("dementia", "Demensia", "Dementia"),
        new("post-stroke", "Pasca-stroke", "After a stroke"),
        new("diabetes", "Diabetes", "Diabetes"),
        new("autism", "Autisme", "Autism"),
        new("down-syndrome", "Sindrom Down", "Down syndrome"),
        new("cerebral-palsy", "Cerebral palsy", "Cerebral palsy"),
        new("hearing-impairment", "Gangguan pendengaran", "Hearing impairment"),
        new("visual-impairment", "Gangguan penglihatan", "Visual impairment"),
        new("medication", "Perlu pengingat obat", "Needs medication reminders"),
    ]);
}
