using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>
/// The browsable API reference runs in Chromium under its Content-Security-Policy with nothing refused but one
/// probe: the only inline script (its start-up call) carries the answer's nonce. Every other page is held to its
/// policy by <see cref="PageQualityJourney"/>.
/// </summary>
public sealed class ContentSecurityPolicyJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public void TheApiReference_ShowsTheApi_WithNothingRefusedByThePolicy()
    {
        using var browser = new Browser(app.Address, 1200, 900);
        PolicyRefusals.Listen(browser);

        browser.Open("/api/docs");

        // Scalar has drawn the document it fetched, with its own styles applied (its sidebar is laid out beside the text).
        browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector(".section-header-label")).Any(label => label.Text.Length > 0));
        Assert.Equal("grid", browser.Find(".references-layout").GetCssValue("display"));
        browser.Screenshot("api-reference");

        // Its bundle (Zod) calls Function('') once to learn whether it may compile validators; refused, it validates
        // without compiling. That refusal is the policy working, and the only one allowed here.
        var probe = $"script-src refused eval from {new Uri(app.Address, "/api/docs/scalar.js")} ";
        var refused = PolicyRefusals.Of(browser).Where(refusal => !refusal.StartsWith(probe, StringComparison.Ordinal)).ToList();
        Assert.True(refused.Count == 0, string.Join("\n", refused));
    }
}
