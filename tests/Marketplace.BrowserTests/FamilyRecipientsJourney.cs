using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

public sealed class FamilyRecipientsJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public void AFamily_AddsTheirFather_OnlyAfterGivingConsent()
    {
        using var browser = new Browser(app.Address);
        browser.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        browser.Find("a[href='/family/recipients']").Click();
        browser.WaitForPath("/family/recipients");
        var before = Recipients(browser);
        Assert.Equal(2, before);
        Assert.Empty(browser.AccessibilityViolations());

        browser.Fill("#Name", "Bapak Abdul Rahman");
        browser.Choose("#Kind", "Elder");
        browser.Fill("#BirthYear", "1950");
        browser.Find("#Needs-post-stroke").Click();
        browser.Choose("#AreaCode", "73.71.10");
        browser.Fill("#Line", "Jl. Daeng Tata Raya No. 12");
        browser.Fill("#Lat", "-5.1801");
        browser.Fill("#Lon", "119.4105");
        browser.Submit("/family/recipients");
        browser.WaitForProblem("Persetujuan diperlukan untuk menyimpan data kesehatan dan disabilitas");
        Assert.Equal(before, Recipients(browser));
        browser.Screenshot("family-recipient-consent-missing-phone");
        Assert.Empty(browser.AccessibilityViolations());

        browser.Find("#Consent").Click();
        browser.Submit("/family/recipients");
        browser.WaitForNotice("Bapak Abdul Rahman sudah ditambahkan.");
        Assert.Equal(before + 1, Recipients(browser));
        browser.Screenshot("family-recipients-phone");
    }

    private static int Recipients(Browser browser) => browser.Driver.FindElements(By.CssSelector("[data-testid=recipient]")).Count;
}
