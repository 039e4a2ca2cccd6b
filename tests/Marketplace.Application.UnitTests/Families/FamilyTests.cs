using Marketplace.Application.Common.Errors;
using Marketplace.Application.Families;
using Marketplace.Application.UnitTests.Caregivers;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Families;

public sealed class FamilyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);

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
}
