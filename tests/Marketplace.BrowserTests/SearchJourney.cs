using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

public sealed class SearchJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public void AVisitor_FindsElderCareNearMakassar_AndSharesTheResultsLink()
    {
        using var browser = new Browser(app.Address);
        browser.Open("/");
        browser.Find("a[href='/search']").Click();
        browser.WaitForPath("/search");
        Assert.Empty(browser.AccessibilityViolations());

        browser.Choose("#Place", "-5.1477,119.4327");
        browser.Choose("#RadiusKm", "25");
        browser.Find("#skill-elder-care").Click();
        browser.Find("form[role=search] button[type=submit]").Click();

        browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector("[data-testid=hit]")).Count > 0);
        var total = browser.Find("[data-testid=total]").Text;
        Assert.All(browser.Driver.FindElements(By.CssSelector("[data-testid=hit]")), hit => Assert.Contains("km dari lokasi", hit.Text, StringComparison.Ordinal));
        Assert.Contains("(", browser.Find("label[for=skill-elder-care]").GetAttribute("textContent"), StringComparison.Ordinal);
        browser.Screenshot("search-results-phone");
        Assert.Empty(browser.AccessibilityViolations());

        using var friend = new Browser(app.Address);
        friend.Driver.Navigate().GoToUrl(browser.Driver.Url);
        Assert.Equal(total, friend.Find("[data-testid=total]").Text);

        // Demo caregivers work weekdays from 08:00: at 03:00 nobody is free.
        browser.SetValue("#VisitDate", NextMonday());
        browser.SetValue("#VisitTime", "03:00");
        browser.Choose("#VisitHours", "2");
        browser.Find("form[role=search] button[type=submit]").Click();
        browser.WaitUntil(() => browser.Find("[data-testid=empty]").Displayed);
        browser.ScrollTo("#VisitDate");
        browser.Screenshot("search-free-for-visit-phone");

        browser.SetValue("#VisitTime", "09:00");
        browser.Find("form[role=search] button[type=submit]").Click();
        browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector("[data-testid=hit]")).Count > 0);
        Assert.Empty(browser.AccessibilityViolations());
    }

    [Fact]
    public void OnAPhone_AWordForASkill_FindsCaregiversWithIt_TheFirstIsNearTheTop_AndAPastDateSaysSo()
    {
        using var browser = new Browser(app.Address, PhoneWidth.Width, PhoneWidth.Height);
        browser.Open("/search");
        browser.Choose("#Place", "-5.1477,119.4327");
        browser.Choose("#RadiusKm", "25");
        browser.Fill("#Q", "demensia");
        browser.Find("form[role=search] button[type=submit]").Click();

        browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector("[data-testid=hit]")).Count > 0);
        Assert.False(browser.Find("#skill-elder-care").Displayed);
        var firstTop = Convert.ToInt64(((IJavaScriptExecutor)browser.Driver).ExecuteScript(
            "return Math.round(document.querySelector('[data-testid=hit]').getBoundingClientRect().top + window.scrollY);"),
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(firstTop < 2 * PhoneWidth.Height, $"The first result starts {firstTop} px down a {PhoneWidth.Height} px phone screen.");
        browser.Screenshot("search-skill-word-phone");
        Assert.Empty(browser.AccessibilityViolations());

        browser.Find(".more-filters summary").Click();
        Assert.True(browser.Find("#skill-elder-care").Displayed);

        browser.SetValue("#VisitDate", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        browser.Find("form[role=search] button[type=submit]").Click();
        browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector(".validation-summary-errors")).Count > 0);
        var problem = browser.Find(".validation-summary-errors a");
        Assert.Equal("#VisitDate", new Uri(problem.GetAttribute("href")!).Fragment);
        Assert.Contains("masa depan", browser.Find(".validation-summary-errors").Text, StringComparison.Ordinal);
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("[data-testid=total]")));
        Assert.Empty(browser.AccessibilityViolations());
    }

    [Fact]
    public void AVisitor_FindsADaycareForAChildWithAutism_AndOpensItsPlaces()
    {
        using var browser = new Browser(app.Address);
        browser.Open("/search");
        browser.Find("[data-testid=services-link]").Click();
        browser.WaitForPath("/search/services");
        Assert.Empty(browser.AccessibilityViolations());

        browser.Find("#kind-Daycare").Click();
        browser.Choose("#Place", "-5.1477,119.4327");
        browser.Choose("#RadiusKm", "25");
        browser.Find("#need-autism").Click();
        browser.SetValue("#Date", NextMonday());
        browser.Find("form[role=search] button[type=submit]").Click();
        browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector("[data-testid=service]")).Count > 0);
        browser.ScrollTo("#results-title");
        browser.Screenshot("services-results-phone");
        Assert.Empty(browser.AccessibilityViolations());

        browser.Find("[data-testid=service] a").Click();
        browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector("[data-testid=place]")).Count > 0);
        Assert.StartsWith("/listings/", new Uri(browser.Driver.Url).AbsolutePath, StringComparison.Ordinal);

        browser.Open("/search/services?Kind=MobileClinic&Place=-5.006%2C119.574&RadiusKm=25");
        Assert.Contains("Klinik Keliling Sehat Maros", browser.Find("[data-testid=service]").Text, StringComparison.Ordinal);
    }

    private static string NextMonday()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return today.AddDays(7 + (((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void AFamily_SearchesFromTheirMothersHome_AndIsHelpedWhenNothingMatches()
    {
        using var browser = new Browser(app.Address);
        browser.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        browser.Open("/search");
        Assert.Contains("Rumah Hj. Sitti Rahmah", browser.Find("#Place").Text, StringComparison.Ordinal);

        browser.Fill("#MaxRateIdr", "Rp 10.000");
        browser.Find("form[role=search] button[type=submit]").Click();
        browser.WaitUntil(() => browser.Find("[data-testid=empty]").Displayed);

        browser.Fill("#MaxRateIdr", "");
        browser.Fill("#Q", "\"lansia");
        browser.Find("form[role=search] button[type=submit]").Click();
        browser.WaitForProblem("tutup setiap tanda kutip");
        browser.Screenshot("search-errors-phone");
        Assert.Empty(browser.AccessibilityViolations());
    }
}
