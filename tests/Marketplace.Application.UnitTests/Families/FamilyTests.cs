using Marketplace.Application.Common.Errors;
using Marketplace.Application.Families;
using Marketplace.Application.UnitTests.Caregivers;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Families;

public sealed class FamilyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);
    private static readonly RecipientAddress Home = new(AreaCode.Parse("73.71.10"), "Jl. Daeng Tata", GeoPoint.Create(-5.18, 119.41));

    [Fact]
    public void AddRecipient_KeepsTheConsentWithTheRecipient()
    {
        var family = Family.Register(Guid.NewGuid(), Now);
        var consent = new Consent(Now, Consent.CurrentTextVersion);

        var recipient = family.AddRecipient("Nabila", RecipientKind.Child, 2019, ["autism", "autism"],
            new RecipientAddress(AreaCode.Parse("73.71.10"), "Jl. Daeng Tata", GeoPoint.Create(-5.18, 119.41)), consent);

        Assert.Same(recipient, Assert.Single(family.Recipients));
        Assert.Equal(consent, recipient.Consent);
        Assert.Equal(["autism"], recipient.Needs);
    }

    [Fact]
    public void ChooseCareManager_WhenTheCaregiverHoldsTheCredential_IsKept_AndNoneClearsIt()
    {
        var family = Family.Register(Guid.NewGuid(), Now);
        var careManager = CaregiverBuilder.Verified();
        careManager.GrantCareManager();

        family.ChooseCareManager(careManager);
        Assert.Equal(careManager.Id, family.CareManagerId);

        family.ChooseCareManager(null);
        Assert.Null(family.CareManagerId);
    }

    [Fact]
    public void ChooseCareManager_WithoutTheCredential_IsRefused() =>
        Assert.Throws<BusinessRuleException>(() =>
            Family.Register(Guid.NewGuid(), Now).ChooseCareManager(CaregiverBuilder.Verified()));

    [Fact]
    public void WithdrawConsent_ErasesTheNeeds_AndRecordsWhen_AndASecondWithdrawalIsRefused()
    {
        var (family, recipient) = FamilyWithNabila();

        family.WithdrawConsent(recipient.Id, Now.AddDays(1));

        Assert.Empty(recipient.Needs);
        Assert.False(recipient.Consent.IsGiven);
        Assert.Equal(Now.AddDays(1), recipient.Consent.WithdrawnAt);
        Assert.Throws<BusinessRuleException>(() => family.WithdrawConsent(recipient.Id, Now.AddDays(2)));
    }

    [Fact]
    public void UpdateRecipient_AfterAWithdrawal_RefusesNeedsWithoutConsent_AndKeepsThemWithConsentGivenAgain()
    {
        var (family, recipient) = FamilyWithNabila();
        family.WithdrawConsent(recipient.Id, Now.AddDays(1));

        Assert.Throws<BusinessRuleException>(() => family.UpdateRecipient(recipient.Id, "Nabila", RecipientKind.Child, 2019, ["autism"], Home, null));
        family.UpdateRecipient(recipient.Id, "Nabila Putri", RecipientKind.Child, 2019, ["autism"], Home, new Consent(Now.AddDays(2), Consent.CurrentTextVersion));

        Assert.Equal("Nabila Putri", recipient.Name);
        Assert.Equal(["autism"], recipient.Needs);
        Assert.True(recipient.Consent.IsGiven);
        Assert.Equal(Now.AddDays(2), recipient.Consent.AcceptedAt);
    }

    [Fact]
    public void UpdateRecipient_WhileConsentStands_KeepsTheConsentAsGiven()
    {
        var (family, recipient) = FamilyWithNabila();

        family.UpdateRecipient(recipient.Id, "Nabila", RecipientKind.Child, 2019, [], Home, new Consent(Now.AddDays(3), Consent.CurrentTextVersion));

        Assert.Equal(Now, recipient.Consent.AcceptedAt);
        Assert.Empty(recipient.Needs);
    }

    [Fact]
    public void RemoveRecipient_WithABookingNotOver_IsRefused_AndWithoutOne_RemovesThem()
    {
        var (family, recipient) = FamilyWithNabila();

        Assert.Throws<BusinessRuleException>(() => family.RemoveRecipient(recipient.Id, hasOpenBookings: true));
        Assert.Single(family.Recipients);
        family.RemoveRecipient(recipient.Id, hasOpenBookings: false);

        Assert.Empty(family.Recipients);
    }

    [Fact]
    public void AnotherFamilysRecipient_IsNotFound() =>
        Assert.Throws<NotFoundException>(() => FamilyWithNabila().Family.WithdrawConsent(FamilyWithNabila().Recipient.Id, Now));

    private static (Family Family, CareRecipient Recipient) FamilyWithNabila()
    {
        var family = Family.Register(Guid.NewGuid(), Now);
        var recipient = family.AddRecipient("Nabila", RecipientKind.Child, 2019, ["autism"], Home, new Consent(Now, Consent.CurrentTextVersion));
        return (family, recipient);
    }
}
