namespace Marketplace.Application.Taxonomies;

/// <summary>What a daycare's building and staff offer so that every child can come.</summary>
public static class AccessibilityFeatures
{
    public static Taxonomy All { get; } = new(
    [
        new("step-free-entrance", "Pintu masuk tanpa tangga", "Step-free entrance"),
        new("accessible-toilet", "Toilet aksesibel", "Accessible toilet"),
        new("sign-language", "Staf berbahasa isyarat", "Staff who sign"),
        new("quiet-room", "Ruang tenang", "Quiet room"),
        new("tactile-guidance", "Jalur pemandu taktil", "Tactile guidance paths"),
        new("accessible-transport", "Antar-jemput aksesibel", "Accessible pick-up and drop-off"),
    ]);
}
