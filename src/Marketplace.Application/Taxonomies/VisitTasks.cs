namespace Marketplace.Application.Taxonomies;

/// <summary>The checklist a caregiver ticks at check-out.</summary>
public static class VisitTasks
{
    public static Taxonomy All { get; } = new(
    [
        new("companionship", "Menemani dan mengobrol", "Companionship"),
        new("personal-hygiene", "Kebersihan diri (mandi, berganti pakaian)", "Personal hygiene (bathing, dressing)"),
        new("medication-reminder", "Pengingat minum obat", "Medication reminder"),
        new("meal", "Menyiapkan dan membantu makan", "Preparing and helping with meals"),
        new("mobility-exercise", "Latihan gerak dan berjalan", "Mobility exercise and walking"),
        new("vital-signs", "Memeriksa tanda vital", "Checking vital signs"),
        new("wound-care", "Perawatan luka", "Wound care"),
        new("light-housework", "Pekerjaan rumah ringan", "Light housework"),
        new("escort", "Mengantar ke fasilitas kesehatan", "Escort to a health facility"),
    ]);
}
