using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Marketplace.BrowserTests;

/// <summary>What a page costs to load cold: the document and everything it fetched, in bytes as sent (compressed).</summary>
public static class PageWeight
{
    /// <summary>The most a page may weigh, compressed, with its styles, scripts and pictures (issue #14).</summary>
    public const long MaxBytes = 150 * 1024;

    // Navigation and resource entries: transferSize counts headers and the body as it came over the wire.
    private const string Measure = """
        return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
            .reduce((sum, entry) => sum + entry.transferSize, 0);
        """;

    /// <summary>Turns the browser's cache off, so every page is weighed as a first visit would load it.</summary>
    public static void LoadEverythingEveryTime(Browser browser) =>
        ((ChromeDriver)browser.Driver).ExecuteCdpCommand("Network.setCacheDisabled", new Dictionary<string, object?> { ["cacheDisabled"] = true });

    /// <summary>The bytes the current page took, once it and its resources have loaded.</summary>
    public static long Of(Browser browser) =>
        Convert.ToInt64(((IJavaScriptExecutor)browser.Driver).ExecuteScript(Measure), CultureInfo.InvariantCulture);
}
