using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>What the page's Content-Security-Policy refused: each refusal as "directive refused what from where on which page".</summary>
public static class PolicyRefusals
{
    // Runs before any script of each page the browser opens, so it hears every refusal, even those during loading.
    private const string Listener = """
        window.refusedByPolicy = [];
        document.addEventListener('securitypolicyviolation', e => window.refusedByPolicy.push(
            e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline') + ' from ' + (e.sourceFile || 'the page') + ' on ' + e.documentURI));
        """;

    /// <summary>Makes every page the browser opens from now on record its refusals.</summary>
    public static void Listen(Browser browser) => browser.RunOnEveryNewPage(Listener);

    /// <summary>The refusals of the page open now, since it started loading.</summary>
    public static IEnumerable<string> Of(Browser browser) =>
        (((IJavaScriptExecutor)browser.Driver).ExecuteScript("return window.refusedByPolicy || [];") as IEnumerable<object> ?? []).Select(refusal => $"{refusal}");
}
