namespace Marketplace.Application.Taxonomies;

/// <summary>What a mobile care clinic offers at its stops.</summary>
public static class ClinicServices
{
    public static Taxonomy All { get; } = new(
    [
        new("blood-pressure-check", "Cek tekanan darah", "Blood-pressure check"),
        new("blood-sugar-check", "Cek gula darah", "Blood-sugar check"),
        new("wound-care", "Perawatan luka", "Wound care"),
        new("basic-physiotherapy", "Fisioterapi dasar", "Basic physiotherapy"),
        new("nutrition-counselling", "Konseling gizi", "Nutrition counselling"),
        new("medication-review", "Pemeriksaan obat", "Medication review"),
    ]);
}
