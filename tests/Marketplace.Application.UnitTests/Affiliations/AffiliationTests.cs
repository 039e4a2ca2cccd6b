using Marketplace.Application.Affiliations;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.UnitTests.Caregivers;

namespace Marketplace.Application.UnitTests.Affiliations;

public sealed class AffiliationTests
{
    private static readonly DateTimeOffset Now = CaregiverBuilder.Now;

    [Fact]
    public void Accept_JoinsTheCaregiverToTheEnterprise()
    {
        var caregiver = CaregiverBuilder.Verified();
        var enterpriseId = Guid.NewGuid();
        var invitation = Affiliation.Invite(enterpriseId, caregiver.Id, Now);

        invitation.Accept(caregiver, Now);

        Assert.Equal(AffiliationStatus.Accepted, invitation.Status);
        Assert.Equal(enterpriseId, caregiver.EnterpriseId);
    }

    [Fact]
    public void Accept_AfterDeclining_IsRefused()
    {
        var caregiver = CaregiverBuilder.Verified();
        var invitation = Affiliation.Invite(Guid.NewGuid(), caregiver.Id, Now);
        invitation.Decline(Now);

        Assert.Throws<BusinessRuleException>(() => invitation.Accept(caregiver, Now));
        Assert.Null(caregiver.EnterpriseId);
    }

    [Fact]
    public void End_MakesTheCaregiverIndependentAgain()
    {
        var caregiver = CaregiverBuilder.Verified();
        var invitation = Affiliation.Invite(Guid.NewGuid(), caregiver.Id, Now);
        invitation.Accept(caregiver, Now);

        invitation.End(caregiver, Now);

        Assert.Equal(AffiliationStatus.Ended, invitation.Status);
        Assert.Null(caregiver.EnterpriseId);
    }

    [Fact]
    public void End_Twice_IsRefused()
    {
        var caregiver = CaregiverBuilder.Verified();
        var invitation = Affiliation.Invite(Guid.NewGuid(), caregiver.Id, Now);
        invitation.End(caregiver, Now);

        Assert.Throws<BusinessRuleException>(() => invitation.End(caregiver, Now));
    }
}
