using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;
using static Marketplace.Application.UnitTests.Caregivers.CaregiverBuilder;

namespace Marketplace.Application.UnitTests.Caregivers;

public sealed class CaregiverTests
{
    [Fact]
    public void Register_StartsPendingWithAnEmptyProfile()
    {
        var caregiver = Caregiver.Register(Guid.NewGuid(), "Hasnawati", Now);

        Assert.Equal(VerificationStatus.Pending, caregiver.Verification);
        Assert.Empty(caregiver.Skills);
        Assert.Null(caregiver.Home);
    }

    [Fact]
    public void Verify_WhenTheProfileIsIncomplete_IsRefused()
    {
        var caregiver = Caregiver.Register(Guid.NewGuid(), "Hasnawati", Now);

        Assert.Throws<BusinessRuleException>(() => caregiver.Verify(Today));
        Assert.Equal(VerificationStatus.Pending, caregiver.Verification);
    }

    [Fact]
    public void Verify_WithoutACertificate_IsRefused()
    {
        var caregiver = WithCompleteProfile();

        Assert.Throws<BusinessRuleException>(() => caregiver.Verify(Today));
    }

    [Fact]
    public void Verify_WhenTheCertificateHasNoDocument_IsRefused()
    {
        var caregiver = WithCompleteProfile();
        caregiver.AddCertificate(new CertificateDetails("Pendamping", "1", "LSP", Today.AddYears(-1), Today.AddYears(1)), Now);

        Assert.Throws<BusinessRuleException>(() => caregiver.Verify(Today));
    }

    [Fact]
    public void Verify_WhenTheOnlyCertificateHasExpired_IsRefused()
    {
        var caregiver = ReadyToVerify(expiresOn: Today.AddDays(-1));

        Assert.Throws<BusinessRuleException>(() => caregiver.Verify(Today));
    }

    [Fact]
    public void Verify_WithACurrentDocumentedCertificate_Verifies()
    {
        var caregiver = ReadyToVerify();

        caregiver.Verify(Today);

        Assert.Equal(VerificationStatus.Verified, caregiver.Verification);
    }

    [Fact]
    public void AddCertificate_WhenItExpiresBeforeItIsIssued_IsRefused()
    {
        var caregiver = WithCompleteProfile();

        Assert.Throws<BusinessRuleException>(() =>
            caregiver.AddCertificate(new CertificateDetails("Pendamping", "1", "LSP", Today, Today.AddDays(-1)), Now));
    }

    [Fact]
    public void ExpireIfCertificatesLapsed_OnTheExpiryDay_KeepsTheCaregiverVerified()
    {
        var caregiver = Verified(expiresOn: Today);

        Assert.False(caregiver.ExpireIfCertificatesLapsed(Today));
        Assert.Equal(VerificationStatus.Verified, caregiver.Verification);
    }

    [Fact]
    public void ExpireIfCertificatesLapsed_TheDayAfter_ExpiresTheCaregiver()
    {
        var caregiver = Verified(expiresOn: Today);

        Assert.True(caregiver.ExpireIfCertificatesLapsed(Today.AddDays(1)));
        Assert.Equal(VerificationStatus.Expired, caregiver.Verification);
    }

    [Fact]
    public void AttachCertificateDocument_WhenExpired_SendsTheCaregiverBackToTheQueue()
    {
        var caregiver = Verified(expiresOn: Today);
        caregiver.ExpireIfCertificatesLapsed(Today.AddDays(1));
        var renewed = caregiver.AddCertificate(new CertificateDetails("Pendamping", "2", "LSP", Today, Today.AddYears(3)), Now);

        caregiver.AttachCertificateDocument(renewed.Id, Scan);

        Assert.Equal(VerificationStatus.Pending, caregiver.Verification);
    }

    [Fact]
    public void AttachCertificateDocument_ToAnotherCaregiversCertificate_IsNotFound()
    {
        var caregiver = ReadyToVerify();

        Assert.Throws<NotFoundException>(() => caregiver.AttachCertificateDocument(Guid.NewGuid(), Scan));
    }

    [Fact]
    public void GrantCareManager_WhenNotVerified_IsRefused()
    {
        var caregiver = ReadyToVerify();

        Assert.Throws<BusinessRuleException>(caregiver.GrantCareManager);
        Assert.False(caregiver.IsCareManager);
    }

    [Fact]
    public void GrantCareManager_WhenVerified_GrantsTheCredential()
    {
        var caregiver = Verified();

        caregiver.GrantCareManager();

        Assert.True(caregiver.IsCareManager);
    }

    [Fact]
    public void JoinEnterprise_WhileWithAnother_IsRefused()
    {
        var caregiver = Verified();
        caregiver.JoinEnterprise(Guid.NewGuid());

        Assert.Throws<BusinessRuleException>(() => caregiver.JoinEnterprise(Guid.NewGuid()));
    }

    [Fact]
    public void UpdateProfile_KeepsEachSkillOnce()
    {
        var caregiver = Caregiver.Register(Guid.NewGuid(), "Hasnawati", Now);

        caregiver.UpdateProfile(new CaregiverProfile("Hasnawati", "", ["elder-care", "elder-care", "nutrition"], ["id"],
            Money.FromRupiah(60_000), GeoPoint.Create(-5.2, 119.45), 10, ["73.06.08"]));

        Assert.Equal(["elder-care", "nutrition"], caregiver.Skills);
    }
}
