using System.Net;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>
/// The demo's programme officer opens the regional report from "Akun saya", chooses Kota Makassar and March–April 2025 (the
/// fixed data set of the report's tests), reads its figures, chart and monthly table, at phone width and on a laptop, and
/// downloads its CSV. An admin page stays closed to them.
/// </summary>
public sealed class RegionalReportJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public async Task TheProgrammeOfficer_ReadsMakassarsReport_OnAPhoneAndALaptop_AndDownloadsItsCsv()
    {
        await RegionalReportData.SeedAsync(app);
        using var phone = PhoneWidth.Open(app.Address);
        phone.SignIn(DemoDataSeeder.ProgrammeEmail, MarketplaceAppFactory.DemoPassword);
        phone.Open("/account");
        phone.Find("[data-testid=regional-report]").Click();
        phone.WaitForPath("/admin/reports/regions");
        Assert.Contains("Sulawesi Selatan", phone.Find("[data-testid=period]").Text, StringComparison.Ordinal);

        phone.Choose("#area", "73.71");
        phone.SetValue("#from", "2025-03-01");
        phone.SetValue("#to", "2025-04-30");
        phone.Find("form[action='/admin/reports/regions'] button[type=submit]").Click();
        phone.WaitUntil(() => phone.Find("[data-testid=period]").Text.Contains("Kota Makassar", StringComparison.Ordinal));
        Assert.Equal("2", phone.Find("[data-testid=families-served]").Text);
        Assert.Equal("3 kunjungan, 7 jam", phone.Find("[data-testid=home-visits]").Text);
        Assert.Equal("Rp 350.000", phone.Find("[data-testid=charged]").Text);
        Assert.Equal(2, phone.Driver.FindElements(By.CssSelector("[data-testid=months] tbody tr")).Count);
        Assert.NotNull(phone.Find("figure.chart svg[role=img] title"));
        phone.Screenshot("regional-report-phone");
        phone.ScrollTo("figure.chart");
        phone.Screenshot("regional-report-phone-chart");
        phone.ScrollTo("[data-testid=months]");
        phone.Screenshot("regional-report-phone-table");
        Assert.Empty(phone.AccessibilityViolations());
        Assert.Null(PhoneWidth.Wider(phone));

        var (status, type, body) = await DownloadAsync(phone, phone.Find("[data-testid=csv]").GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv", type);
        Assert.StartsWith("area_code,month,families_served", body, StringComparison.Ordinal);

        phone.Open("/admin/sponsors");
        phone.WaitForPath("/error/403");

        using var laptop = new Browser(app.Address, 1280, 800);
        laptop.SignIn(DemoDataSeeder.ProgrammeEmail, MarketplaceAppFactory.DemoPassword);
        laptop.Open("/admin/reports/regions?area=73.71&from=2025-03-01&to=2025-04-30");
        Assert.Equal("Rp 75.000 (21,4 %)", laptop.Find("[data-testid=sponsored]").Text);
        laptop.Screenshot("regional-report-laptop");
        Assert.Empty(laptop.AccessibilityViolations());
        var (scrollWidth, clientWidth) = Widths(laptop);
        Assert.True(scrollWidth <= clientWidth, $"{scrollWidth}px wide on a laptop's {clientWidth}px");
    }

    /// <summary>What the browser would download from <paramref name="href"/>, fetched with its session's cookies.</summary>
    private static async Task<(HttpStatusCode Status, string? MediaType, string Body)> DownloadAsync(Browser browser, string href)
    {
        var cookies = new CookieContainer();
        var address = new Uri(href);
        foreach (var cookie in browser.Driver.Manage().Cookies.AllCookies)
        {
            cookies.Add(address, new System.Net.Cookie(cookie.Name, cookie.Value));
        }

        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }, disposeHandler: true);
        using var response = await client.GetAsync(address);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static (long ScrollWidth, long ClientWidth) Widths(Browser browser)
    {
        var script = (IJavaScriptExecutor)browser.Driver;
        return ((long)script.ExecuteScript("return document.documentElement.scrollWidth;")!, (long)script.ExecuteScript("return document.documentElement.clientWidth;")!);
    }
}
