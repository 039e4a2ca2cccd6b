using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Marketplace.BrowserTests;

/// <summary>
/// A family adds a person with the map's tiles out of reach (this browser reaches no outside host) by typing the
/// coordinates, or with "use my location"; corrects a form whose errors are all listed and linked to their fields;
/// withdraws its consent for the person's health details; and removes them. On a phone, with axe finding nothing.
/// </summary>
public sealed class PeopleInCareJourney(ServedApp app) : IClassFixture<ServedApp>
{
    private static readonly string[] Geolocation = ["geolocation"];

    [Fact]
    public void AFamily_AddsChangesWithdrawsConsentForAndRemovesAPerson_WithTheMapsTilesBlocked()
    {
        using var family = PhoneWidth.Open(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        family.Open("/family/recipients");
        var before = Recipients(family);

        // The tiles cannot load: the map says so, and the typed coordinates are what is saved.
        family.WaitUntil(() => family.Find("[data-point-status]").Text.Contains("Peta tidak dapat dimuat", StringComparison.Ordinal));
        Assert.True(family.Find("[data-point-map]").Displayed);
        family.Fill("#Name", "Ibu Hasnah");
        family.Choose("#Kind", "Elder");
        family.Fill("#BirthYear", "1952");
        family.Choose("#AreaCode", "73.71.10");
        family.Fill("#Line", "Jl. Sultan Alauddin No. 7");
        family.Fill("#Lat", "-5.1801");
        family.Fill("#Lon", "119.4105");
        family.Find("#Consent").Click();
        Assert.Null(PhoneWidth.Wider(family));
        Assert.Empty(family.AccessibilityViolations());
        family.Screenshot("recipient-form-phone");
        family.Submit("/family/recipients");
        family.WaitForNotice("Ibu Hasnah sudah ditambahkan.");
        Assert.Equal(before + 1, Recipients(family));

        // Every error of the form at once, each linked to its field, which says it is invalid and why.
        family.Driver.FindElements(By.CssSelector("[data-testid=edit-recipient]")).First(link => link.Text.Contains("Ibu Hasnah", StringComparison.Ordinal)).Click();
        family.WaitUntil(() => family.Find("h1").Text.Contains("Ibu Hasnah", StringComparison.Ordinal));
        var edit = new Uri(family.Driver.Url).AbsolutePath;
        Assert.Equal("-5.1801", family.Find("#Lat").GetAttribute("value"));
        family.Fill("#Name", " ");
        family.Fill("#BirthYear", "tahun");
        family.Fill("#Lon", "timur");
        family.Submit(edit);
        family.WaitUntil(() => family.Driver.FindElements(By.CssSelector(".form-errors li")).Count >= 3);
        foreach (var field in new[] { "Name", "BirthYear", "Lon" })
        {
            family.Find($".form-errors a[href='#{field}']");
            Assert.Equal("true", family.Find($"#{field}").GetAttribute("aria-invalid"));
            Assert.Contains($"{field}-error", family.Find($"#{field}").GetAttribute("aria-describedby"), StringComparison.Ordinal);
            Assert.NotEmpty(family.Find($"#{field}-error").Text);
        }

        Assert.Null(PhoneWidth.Wider(family));
        Assert.Empty(family.AccessibilityViolations());
        family.Screenshot("recipient-form-errors-phone");

        // "Use my location" fills the point in from the browser's position.
        var chrome = (ChromeDriver)family.Driver;
        chrome.ExecuteCdpCommand("Browser.grantPermissions", new Dictionary<string, object?> { ["origin"] = app.Address.GetLeftPart(UriPartial.Authority), ["permissions"] = Geolocation });
        chrome.ExecuteCdpCommand("Emulation.setGeolocationOverride", new Dictionary<string, object?> { ["latitude"] = -5.1650, ["longitude"] = 119.4320, ["accuracy"] = 10 });
        family.Find("[data-point-locate]").Click();
        family.WaitUntil(() => family.Find("#Lat").GetAttribute("value") == "-5.165000");
        Assert.Equal("119.432000", family.Find("#Lon").GetAttribute("value"));
        family.Fill("#Name", "Ibu Hasnah Daeng");
        family.Fill("#BirthYear", "1952");
        family.Submit(edit);
        family.WaitForNotice("Data Ibu Hasnah Daeng sudah disimpan.");

        family.Open(edit);
        family.Submit($"{edit}/withdraw-consent");
        family.WaitForNotice("Persetujuan untuk Ibu Hasnah Daeng sudah ditarik");
        Assert.Contains("Persetujuan ditarik pada", family.Find("[data-testid=consent-withdrawn]").Text, StringComparison.Ordinal);
        Assert.Empty(family.AccessibilityViolations());
        family.Screenshot("recipient-consent-withdrawn-phone");

        family.Submit($"{edit}/remove");
        family.WaitForNotice("Ibu Hasnah Daeng sudah dihapus.");
        Assert.Equal(before, Recipients(family));
    }

    private static int Recipients(Browser browser) => browser.Driver.FindElements(By.CssSelector("[data-testid=recipient]")).Count;
}
