using Marketplace.Application.Caregivers;
using static Marketplace.Application.UnitTests.Caregivers.CaregiverBuilder;

namespace Marketplace.Application.UnitTests.Caregivers;

/// <summary>Families see only the certificates a verifier has seen, and only while they are valid.</summary>
public sealed class VerifiedCertificatesTests
{
    [Fact]
    public void Verify_MarksEveryDocumentedCertificate_AndNotOneWithoutItsDocument()
    {
        var caregiver = ReadyToVerify();
        var undocumented = caregiver.AddCertificate(Details("BNSP-2"), Now);

        caregiver.Verify(Today);

        Assert.True(caregiver.Certificates.Single(c => c.Number == "BNSP-1").Verified);
        Assert.False(undocumented.Verified);
        Assert.Equal(["BNSP-1"], caregiver.VerifiedCertificatesOn(Today).Select(c => c.Number));
    }

    [Fact]
    public void ACertificateAddedAfterVerification_IsNotShownAsVerified()
    {
        var caregiver = Verified();
        var later = caregiver.AddCertificate(Details("BNSP-3"), Now);
        caregiver.AttachCertificateDocument(later.Id, Scan);

        Assert.Equal(["BNSP-1"], caregiver.VerifiedCertificatesOn(Today).Select(c => c.Number));
    }

    [Fact]
    public void AttachCertificateDocument_ToAVerifiedCertificate_ClearsItsMark()
    {
        var caregiver = Verified();
        var certificate = caregiver.Certificates.Single();

        caregiver.AttachCertificateDocument(certificate.Id, Scan with { StorageKey = "scan-2.pdf" });

        Assert.False(certificate.Verified);
        Assert.Empty(caregiver.VerifiedCertificatesOn(Today));
    }

    [Fact]
    public void VerifiedCertificatesOn_TheDayAfterExpiry_LeavesTheCertificateOut()
    {
        var caregiver = Verified(expiresOn: Today.AddDays(3));

        Assert.Single(caregiver.VerifiedCertificatesOn(Today.AddDays(3)));
        Assert.Empty(caregiver.VerifiedCertificatesOn(Today.AddDays(4)));
    }

    private static CertificateDetails Details(string number) =>
        new("Perawat Demensia", number, "LSP Kesehatan", Today.AddYears(-1), Today.AddYears(1));
}
