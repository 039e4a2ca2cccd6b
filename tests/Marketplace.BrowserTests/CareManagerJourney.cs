using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;

namespace Marketplace.BrowserTests;

public sealed class CareManagerJourney(ServedApp app) : IClassFixture<ServedApp>
{
    /// <summary>The demo caregiver with the care-manager credential (the fifth demo caregiver).</summary>
    private const string CareManagerEmail = "pendamping-05@demo.peduli.test";

    [Fact]
    public void AFamily_ChoosesACareManager_WhoThenSeesTheFamily()
    {
        using var family = new Browser(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        family.Open("/family/recipients");
        Assert.Contains("belum memilih", family.Find("[data-testid=care-manager]").Text, StringComparison.Ordinal);

        family.Find("#caregiverId option:nth-child(2)").Click();
        family.Submit("/family/recipients/care-manager");
        family.WaitForNotice("Pilihan manajer perawatan disimpan");
        Assert.Contains("Nurul Fitri", family.Find("[data-testid=care-manager]").Text, StringComparison.Ordinal);
        family.ScrollTo("#care-manager-title");
        family.Screenshot("family-care-manager-phone");
        Assert.Empty(family.AccessibilityViolations());

        using var careManager = new Browser(app.Address);
        careManager.SignIn(CareManagerEmail, MarketplaceAppFactory.DemoPassword);
        careManager.Find("a[href='/care-manager']").Click();
        careManager.WaitForPath("/care-manager");
        Assert.Contains("Hj. Sitti Rahmah", careManager.Find("[data-testid=managed-family]").Text, StringComparison.Ordinal);
        careManager.Screenshot("care-manager-families-phone");
        Assert.Empty(careManager.AccessibilityViolations());
    }
}
