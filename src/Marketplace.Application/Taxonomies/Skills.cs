namespace Marketplace.Application.Taxonomies;

/// <summary>What a caregiver is trained to do. Profiles and search refer to these slugs.</summary>
public static class Skills
{
    public static Taxonomy All { get; } = new(
    [
        new("elder-care", "Pendampingan lansia", "Elder care"),
        new("dementia-care", "Perawatan demensia", "Dementia care"),
        new("stroke-recovery", "Pemulihan pasca-stroke", "Stroke recovery"),
        new("basic-physiotherapy", "Fisioterapi dasar", "Basic physiotherapy"),
        new("nutrition", "Gizi dan makanan", "Nutrition"),
        new("wound-care", "Perawatan luka", "Wound care"),
        new("disability-support", "Pendampingan disabilitas", "Disability support"),
        new("autism-support", "Pendampingan autisme", "Autism support"),
        new("childcare", "Pengasuhan anak", "Childcare"),
        new("case-management", "Manajemen kasus", "Case management"),
        new("palliative-care", "Perawatan paliatif", "Palliative care"),
        new("medication-support", "Pendampingan minum obat", "Medication support"),
        new("sign-language", "Bahasa isyarat (BISINDO)", "Sign language (BISINDO)"),
    ]);
}
