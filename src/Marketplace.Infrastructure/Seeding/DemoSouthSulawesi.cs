using Marketplace.Application.Enterprises;

namespace Marketplace.Infrastructure.Seeding;

/// <summary>The demo region: towns around Makassar, and the people and organisations living in it.</summary>
internal static class DemoSouthSulawesi
{
    public sealed record Town(string Name, double Latitude, double Longitude, double SpreadDegrees, string[] Districts, string[] LocalLanguages);

    public sealed record DemoEnterprise(string Name, EnterpriseKind Kind, string RegistrationNumber, string AreaCode, string Description);

    public static readonly Town Makassar = new("Makassar", -5.1477, 119.4327, 0.05,
        ["73.71.01", "73.71.02", "73.71.09", "73.71.10", "73.71.11", "73.71.12", "73.71.13", "73.71.14"], ["mak", "bug"]);

    public static readonly Town Gowa = new("Gowa", -5.2030, 119.4580, 0.04, ["73.06.08", "73.06.07", "73.06.02"], ["mak"]);

    public static readonly Town Maros = new("Maros", -5.0060, 119.5740, 0.04, ["73.09.04", "73.09.08", "73.09.01"], ["bug", "mak"]);

    /// <summary>Where the demo caregivers live: most in the city, fewer in the neighbouring regencies.</summary>
    public static readonly Town[] CaregiverTowns = [.. Enumerable.Repeat(Makassar, 14), .. Enumerable.Repeat(Gowa, 6), .. Enumerable.Repeat(Maros, 4)];

    public static readonly string[] CaregiverNames =
    [
        "Sitti Aminah", "Andi Nurhaliza", "Hasnawati", "Rahmawati Daeng Baji", "Nurul Fitri", "Muhammad Ikhsan",
        "Syamsul Bahri", "Irmawati", "Jumriani", "Haslinda", "Kasmawati", "Risna Ayu", "Fadli Rahman", "Suriani",
        "Nurhayati", "Hasmiah", "Mardiana", "Ilham Saputra", "Darmawati", "Yusran", "Marlina", "Sukmawati",
        "Andi Baso Amir", "Hartini",
    ];

    /// <summary>Skill sets that go together in real work, so demo profiles read like real ones.</summary>
    public static readonly string[][] SkillSets =
    [
        ["elder-care", "dementia-care", "medication-support"],
        ["elder-care", "stroke-recovery", "basic-physiotherapy"],
        ["disability-support", "autism-support", "childcare"],
        ["wound-care", "elder-care", "nutrition"],
        ["case-management", "elder-care", "palliative-care"],
        ["childcare", "disability-support", "sign-language"],
    ];

    public static readonly DemoEnterprise[] Enterprises =
    [
        new("Yayasan Peduli Lansia Sulawesi Selatan", EnterpriseKind.Lks, "LKS-7371-0142", "73.71.10",
            "Lembaga kesejahteraan sosial yang mendampingi lansia di rumah sejak 2009."),
        new("LKS Bina Daksa Gowa", EnterpriseKind.Lks, "LKS-7306-0087", "73.06.08",
            "Lembaga rehabilitasi sosial bagi penyandang disabilitas fisik di Gowa."),
        new("Rumah Inklusi Makassar", EnterpriseKind.SocialStartup, "AHU-0031457.AH.01.04", "73.71.13",
            "Usaha sosial yang membuka penitipan anak inklusif di Makassar."),
        new("Klinik Keliling Sehat Maros", EnterpriseKind.SocialStartup, "AHU-0029981.AH.01.04", "73.09.04",
            "Klinik perawatan keliling untuk lansia di desa-desa Kabupaten Maros."),
        new("Dapur Gizi Lansia Daeng", EnterpriseKind.UmkmPartner, "NIB-9120304711823", "73.71.09",
            "UMKM katering gizi seimbang untuk lansia dan pasien pasca-rawat."),
        new("Sahabat Rawat Maros", EnterpriseKind.UmkmPartner, "NIB-9120304765012", "73.09.08",
            "UMKM mitra pendampingan keluarga dengan anggota penyandang disabilitas."),
    ];
}
