using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Caregivers;

public sealed class CaregiverTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);

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

        Assert.Throws<BusinessRuleException>(caregiver.Verify);
        Assert.Equal(VerificationStatus.Pending, caregiver.Verification);
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
