using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Caregivers;

/// <summary>Caregivers in the states the tests start from.</summary>
internal static class CaregiverBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);

    /// <summary>23 November 2026 in Makassar (WITA) at <see cref="Now"/>.</summary>
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static readonly CertificateDocument Scan = new("scan.pdf", "application/pdf", 1234, Now);

    public static Caregiver WithCompleteProfile()
    {
        var caregiver = Caregiver.Register(Guid.NewGuid(), "Hasnawati", Now);
        caregiver.UpdateProfile(new CaregiverProfile("Hasnawati", "", ["elder-care"], ["id"],
            Money.FromRupiah(60_000), GeoPoint.Create(-5.2, 119.45), 10, ["73.06.08"]));
        return caregiver;
    }

    /// <summary>A complete profile with one documented certificate that expires on <paramref name="expiresOn"/>.</summary>
    public static Caregiver ReadyToVerify(DateOnly? expiresOn = null)
    {
        var caregiver = WithCompleteProfile();
        var certificate = caregiver.AddCertificate(
            new CertificateDetails("Pendamping Lansia", "BNSP-1", "LSP Pekerja Sosial", Today.AddYears(-1), expiresOn ?? Today.AddYears(2)), Now);
        caregiver.AttachCertificateDocument(certificate.Id, Scan);
        return caregiver;
    }

    public static Caregiver Verified(DateOnly? expiresOn = null)
    {
        var caregiver = ReadyToVerify(expiresOn);
        caregiver.Verify(Today);
        return caregiver;
    }
}
