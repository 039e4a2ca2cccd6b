using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Marketplace.BrowserTests;

/// <summary>
/// Each role's pages and the browsable API reference run in Chromium under their Content-Security-Policy with
/// nothing refused: every script, style and image they use is the site's own file, and the only inline script
/// (the API reference's start-up call) carries the answer's nonce.
/// </summary>
public sealed class ContentSecurityPolicyJourney(ServedApp app) : IClassFixture<ServedApp>
{
    // Runs before any script of each page the browser opens, so it hears every refusal, even those during loading.
    private const string Listener = """
        window.refusedByPolicy = [];
        document.addEventListener('securitypolicyviolation', e => window.refusedByPolicy.push(
            e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline') + ' from ' + (e.sourceFile || 'the page') + ' on ' + e.documentURI));
        """;

    private static readonly Dictionary<string, string[]> PagesByRole = new()
    {
        [DemoDataSeeder.FamilyEmail] = ["/account", "/bookings", "/bookings/calendar", "/family/recipients", "/search?Place=-5.1477,119.4327&RadiusKm=30"],
        [DemoDataSeeder.CaregiverEmail] = ["/caregiver/profile", "/caregiver/availability", "/caregiver/certificates", "/caregiver/schedule", "/caregiver/schedule?month=2026-12"],
        [DemoDataSeeder.EnterpriseEmail] = ["/enterprise", "/enterprise/listings/new?kind=Daycare", "/bookings"],
    };

    [Fact]
    public void AVisitorAndEachRole_SeeTheirPages_WithNothingRefusedByThePolicy()
    {
        var refused = new List<string>();
        using (var visitor = ListeningBrowser())
        {
            foreach (var path in new[] { "/", "/search/services?Place=-5.1477,119.4327&Kind=Daycare&RadiusKm=30", "/account/login", "/account/register", "/account/check-email", "/account/confirm-email", "/no-such-page" })
            {
                visitor.Open(path);
                visitor.WaitUntil(() => visitor.Find("h1").Displayed);
                refused.AddRange(Refusals(visitor));
            }
        }

        foreach (var (email, pages) in PagesByRole)
        {
            using var person = ListeningBrowser();
            person.SignIn(email, MarketplaceAppFactory.DemoPassword);
            foreach (var path in pages)
            {
                person.Open(path);
                person.WaitUntil(() => person.Find("h1").Displayed);
                refused.AddRange(Refusals(person));
            }
        }

        Assert.True(refused.Count == 0, string.Join("\n", refused));
    }

    [Fact]
    public void TheApiReference_ShowsTheApi_WithNothingRefusedByThePolicy()
    {
        using var browser = ListeningBrowser(width: 1200, height: 900);

        browser.Open("/api/docs");

        // Scalar has drawn the document it fetched, with its own styles applied (its sidebar is laid out beside the text).
        browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector(".section-header-label")).Any(label => label.Text.Length > 0));
        Assert.Equal("grid", browser.Find(".references-layout").GetCssValue("display"));
        browser.Screenshot("api-reference");

        // Its bundle (Zod) calls Function('') once to learn whether it may compile validators; refused, it validates
        // without compiling. That refusal is the policy working, and the only one allowed here.
        var probe = $"script-src refused eval from {new Uri(app.Address, "/api/docs/scalar.js")} ";
        var refused = Refusals(browser).Where(refusal => !refusal.StartsWith(probe, StringComparison.Ordinal)).ToList();
        Assert.True(refused.Count == 0, string.Join("\n", refused));
    }

    private Browser ListeningBrowser(int width = 390, int height = 844)
    {
        var browser = new Browser(app.Address, width, height);
        ((ChromeDriver)browser.Driver).ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?> { ["source"] = Listener });
        return browser;
    }

    private static IEnumerable<string> Refusals(Browser browser) =>
        (((IJavaScriptExecutor)browser.Driver).ExecuteScript("return window.refusedByPolicy || [];") as IEnumerable<object> ?? []).Select(refusal => $"{refusal}");
}
