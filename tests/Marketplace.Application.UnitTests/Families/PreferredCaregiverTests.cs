using Marketplace.Application.Common.Errors;
using Marketplace.Application.Families;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.UnitTests.Caregivers;

namespace Marketplace.Application.UnitTests.Families;

/// <summary>A family's preferred caregivers: kept per person, verified caregivers only, at most ten, marking and unmarking idempotent.</summary>
public sealed class PreferredCaregiverTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly RecipientAddress Home = new(AreaCode.Parse("73.71.10"), "Jl. Daeng Tata", GeoPoint.Create(-5.18, 119.41));

    [Fact]
    public void PreferCaregiver_IsKeptForThatPersonOnly_InTheOrderMarked_AndMarkingAgainChangesNothing()
    {
        var (family, ibu, nabila) = FamilyOfTwo();
        var (first, second) = (CaregiverBuilder.Verified(), CaregiverBuilder.Verified());

        family.PreferCaregiver(ibu.Id, second, Now.AddMinutes(1));
        family.PreferCaregiver(ibu.Id, first, Now.AddMinutes(2));
        var again = family.PreferCaregiver(ibu.Id, second, Now.AddMinutes(3));

        Assert.Equal([second.Id, first.Id], ibu.PreferredCaregivers.Select(p => p.CaregiverId));
        Assert.Equal(Now.AddMinutes(1), again.MarkedAt);
        Assert.Empty(nabila.PreferredCaregivers);
        Assert.True(ibu.Prefers(first.Id));
        Assert.False(nabila.Prefers(first.Id));
    }

    [Fact]
    public void PreferCaregiver_WhoIsNotVerified_IsRefused()
    {
        var (family, ibu, _) = FamilyOfTwo();
        var suspended = CaregiverBuilder.Verified();
        suspended.Suspend(new Suspension(Now, "Kelalaian.", Guid.NewGuid()));

        Assert.Throws<BusinessRuleException>(() => family.PreferCaregiver(ibu.Id, CaregiverBuilder.ReadyToVerify(), Now));
        Assert.Throws<BusinessRuleException>(() => family.PreferCaregiver(ibu.Id, suspended, Now));
        Assert.Empty(ibu.PreferredCaregivers);
    }

    [Fact]
    public void PreferCaregiver_ForAnotherFamilysPerson_IsNotFound()
    {
        var (family, _, _) = FamilyOfTwo();
        var (_, stranger, _) = FamilyOfTwo();

        Assert.Throws<NotFoundException>(() => family.PreferCaregiver(stranger.Id, CaregiverBuilder.Verified(), Now));
    }

    [Fact]
    public void PreferCaregiver_AnEleventhForOnePerson_IsRefused_ButAnotherPersonMayHaveHer()
    {
        var (family, ibu, nabila) = FamilyOfTwo();
        for (var i = 0; i < CareRecipient.MaxPreferredCaregivers; i++)
        {
            family.PreferCaregiver(ibu.Id, CaregiverBuilder.Verified(), Now.AddMinutes(i));
        }

        var eleventh = CaregiverBuilder.Verified();

        var refused = Assert.Throws<BusinessRuleException>(() => family.PreferCaregiver(ibu.Id, eleventh, Now.AddHours(1)));
        Assert.Equal(CareRecipient.TooManyPreferred, refused.Rule);
        family.PreferCaregiver(nabila.Id, eleventh, Now.AddHours(1));
        Assert.True(nabila.Prefers(eleventh.Id));
    }

    [Fact]
    public void UnpreferCaregiver_ForOnePerson_KeepsHerForTheOther_AndWithoutAPerson_RemovesHerFromAll()
    {
        var (family, ibu, nabila) = FamilyOfTwo();
        var caregiver = CaregiverBuilder.Verified();
        family.PreferCaregiver(ibu.Id, caregiver, Now);
        family.PreferCaregiver(nabila.Id, caregiver, Now);

        family.UnpreferCaregiver(caregiver.Id, ibu.Id);
        Assert.False(ibu.Prefers(caregiver.Id));
        Assert.True(nabila.Prefers(caregiver.Id));

        family.UnpreferCaregiver(caregiver.Id, null);
        family.UnpreferCaregiver(caregiver.Id, null);
        Assert.False(nabila.Prefers(caregiver.Id));
    }

    private static (Family Family, CareRecipient Ibu, CareRecipient Nabila) FamilyOfTwo()
    {
        var family = Family.Register(Guid.NewGuid(), Now);
        var consent = new Consent(Now, Consent.CurrentTextVersion);
        var ibu = family.AddRecipient("Hj. Sitti", RecipientKind.Elder, 1948, [], Home, consent);
        var nabila = family.AddRecipient("Nabila", RecipientKind.Child, 2019, [], Home, consent);
        return (family, ibu, nabila);
    }
}
