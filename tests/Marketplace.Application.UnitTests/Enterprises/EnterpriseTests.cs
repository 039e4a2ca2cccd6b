using Marketplace.Application.Common.Errors;
using Marketplace.Application.Enterprises;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Enterprises;

public sealed class EnterpriseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);

    private static readonly EnterpriseDetails Details =
        new("LKS Bina Daksa Gowa", EnterpriseKind.Lks, "LKS-7306-0087", AreaCode.Parse("73.06.08"), "");

    [Fact]
    public void Register_StartsPending()
    {
        Assert.Equal(VerificationStatus.Pending, Enterprise.Register(Guid.NewGuid(), Details, Now).Verification);
    }

    [Fact]
    public void Verify_Twice_IsRefused()
    {
        var enterprise = Enterprise.Register(Guid.NewGuid(), Details, Now);
        enterprise.Verify();

        Assert.Throws<BusinessRuleException>(enterprise.Verify);
    }

    [Fact]
    public void UpdateDetails_ChangingTheRegistrationNumber_SendsItBackToReview()
    {
        var enterprise = Enterprise.Register(Guid.NewGuid(), Details, Now);
        enterprise.Verify();

        enterprise.UpdateDetails(Details with { RegistrationNumber = "LKS-7306-0999" });

        Assert.Equal(VerificationStatus.Pending, enterprise.Verification);
    }

    [Fact]
    public void UpdateDetails_ChangingOnlyTheDescription_KeepsItVerified()
    {
        var enterprise = Enterprise.Register(Guid.NewGuid(), Details, Now);
        enterprise.Verify();

        enterprise.UpdateDetails(Details with { Description = "Melayani Gowa sejak 2011." });

        Assert.Equal(VerificationStatus.Verified, enterprise.Verification);
    }

    [Fact]
    public void UpdateDetails_AfterARejection_ClearsTheReasonAndRequeues()
    {
        var enterprise = Enterprise.Register(Guid.NewGuid(), Details, Now);
        enterprise.Reject("Nomor registrasi tidak ditemukan.");

        enterprise.UpdateDetails(Details);

        Assert.Equal(VerificationStatus.Pending, enterprise.Verification);
        Assert.Null(enterprise.RejectionReason);
    }
}
