using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;
using static Marketplace.Application.UnitTests.Caregivers.CaregiverBuilder;

namespace Marketplace.Application.UnitTests.Caregivers;

public sealed class CaregiverSuspensionTests
{
    private static readonly Suspension Stopped = new(Now, "Kelalaian.", Guid.NewGuid());

    [Fact]
    public void AVerifiedCaregiver_IsSuspended_CannotBeVerifiedOverIt_AndIsVerifiedAgainWhenLifted()
    {
        var caregiver = Verified();

        caregiver.Suspend(Stopped);
        Assert.Equal((VerificationStatus.Suspended, Stopped), (caregiver.Verification, caregiver.Suspension));
        Assert.Throws<BusinessRuleException>(() => caregiver.Verify(Today));
        Assert.Throws<BusinessRuleException>(() => caregiver.Suspend(Stopped));

        caregiver.Reinstate(Today);
        Assert.Equal((VerificationStatus.Verified, (Suspension?)null), (caregiver.Verification, caregiver.Suspension));
        Assert.Throws<BusinessRuleException>(() => caregiver.Reinstate(Today));
    }

    [Fact]
    public void ACaregiverWhoseCertificateLapsedWhileSuspended_ComesBackExpired()
    {
        var caregiver = Verified(expiresOn: Today.AddDays(10));
        caregiver.Suspend(Stopped);

        caregiver.Reinstate(Today.AddDays(11));

        Assert.Equal(VerificationStatus.Expired, caregiver.Verification);
    }

    [Fact]
    public void OnlyAVerifiedCaregiver_IsSuspended()
    {
        var caregiver = ReadyToVerify();

        Assert.Throws<BusinessRuleException>(() => caregiver.Suspend(Stopped));
        Assert.Equal(VerificationStatus.Pending, caregiver.Verification);
    }
}
