using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;

namespace Marketplace.BrowserTests;

public sealed class CaregiverProfileJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public void ACaregiver_RaisesTheirRate_WritingItTheIndonesianWay()
    {
        using var browser = new Browser(app.Address);
        browser.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        browser.Find("a[href='/caregiver/profile']").Click();
        browser.WaitForPath("/caregiver/profile");
        Assert.Empty(browser.AccessibilityViolations());

        browser.Fill("#HourlyRateIdr", "Rp 85.000");
        browser.Find("form[action='/caregiver/profile'] button[type=submit]").Click();

        browser.WaitUntil(() => browser.Find("[data-testid=saved]").Displayed);
        Assert.Equal("85000", browser.Find("#HourlyRateIdr").GetAttribute("value"));
        browser.Screenshot("caregiver-profile-saved-phone");
    }

    [Fact]
    public void ACaregiver_UploadsAProfilePhoto()
    {
        using var browser = new Browser(app.Address);
        browser.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        browser.Open("/caregiver/profile");
        var path = Path.Combine(Directory.CreateTempSubdirectory("peduli-photo-").FullName, "foto.png");
        File.WriteAllBytes(path, TestCaregivers.PngBytes);

        browser.Find("#photo-file").SendKeys(path);
        browser.Submit("/caregiver/profile/photo");

        browser.WaitForNotice("Foto profil sudah disimpan.");
        Assert.Equal("Foto Sitti Aminah", browser.Find("[data-testid=photo]").GetAttribute("alt"));
        Assert.Empty(browser.AccessibilityViolations());
    }

    [Fact]
    public void ACaregiver_IsToldWhatIsWrong_AndNothingIsSaved()
    {
        using var browser = new Browser(app.Address);
        browser.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        browser.Open("/caregiver/profile");
        var rateBefore = browser.Find("#HourlyRateIdr").GetAttribute("value");

        browser.Fill("#HourlyRateIdr", "murah");
        browser.Find("form[action='/caregiver/profile'] button[type=submit]").Click();
        browser.WaitUntil(() => browser.Find("#HourlyRateIdr-error").Text == "Tulis angka saja.");

        browser.Fill("#HourlyRateIdr", "90000");
        browser.Fill("#HomeLat", "51.5");
        browser.Find("form[action='/caregiver/profile'] button[type=submit]").Click();
        browser.WaitUntil(() => browser.Find("#HomeLat-error").Text == "Titik rumah harus berada di Indonesia.");
        browser.Screenshot("caregiver-profile-errors-phone");
        Assert.Empty(browser.AccessibilityViolations());

        browser.Open("/caregiver/profile");
        Assert.Equal(rateBefore, browser.Find("#HourlyRateIdr").GetAttribute("value"));
    }
}
