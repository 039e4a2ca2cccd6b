using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.RegularExpressions;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Marketplace.BrowserTests;

/// <summary>
/// A browser the width of a small phone (360 x 740 CSS pixels), and what on a page is wider than it.
/// </summary>
/// <remarks>
/// Headless Chromium will not make its window narrower than 500 pixels, whatever <c>--window-size</c> asks, so
/// the size is set through the DevTools protocol instead, as the phone emulation of DevTools does.
/// </remarks>
public static partial class PhoneWidth
{
    public const int Width = 360;
    public const int Height = 740;

    // The page's width against the screen's (without and with a scroll bar), and the widest things that stick out.
    private const string Measure = """
        const root = document.documentElement;
        const edge = root.clientWidth;
        const out = [...document.querySelectorAll('body *')]
            .filter(e => { const box = e.getBoundingClientRect(); return box.width > 0 && box.right > edge + 0.5; })
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                + ' to ' + Math.round(e.getBoundingClientRect().right) + 'px');
        return [root.scrollWidth, edge, window.innerWidth, out.slice(0, 8).join(', ')];
        """;

    public static Browser Open(Uri address)
    {
        var browser = new Browser(address, Width, Height);
        Emulate(browser, Width, Height);
        return browser;
    }

    /// <summary>Lays the current page out for a screen of <paramref name="width"/> x <paramref name="height"/> CSS pixels, without loading it again.</summary>
    public static void Emulate(Browser browser, int width, int height)
    {
        ((ChromeDriver)browser.Driver).ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false,
        });
        Assert.Equal(width, Convert.ToInt32(((IJavaScriptExecutor)browser.Driver).ExecuteScript("return window.innerWidth;"), CultureInfo.InvariantCulture));
    }

    /// <summary>Null when the current page fits the screen; otherwise whose page, which, and how it does not. A screenshot is kept, named after the page.</summary>
    public static string? OverflowingNow(Browser browser, string who, string page)
    {
        var name = Name(page);
        var problem = Wider(browser) is { } wider ? $"{who} {name}: {wider}" : null;
        browser.Screenshot($"phone-360-{who}-{name}");
        return problem;
    }

    /// <summary>Null when the current page fits the screen; otherwise how it does not.</summary>
    public static string? Wider(Browser browser)
    {
        var measured = (ReadOnlyCollection<object>)((IJavaScriptExecutor)browser.Driver).ExecuteScript(Measure)!;
        long Pixels(int i) => Convert.ToInt64(measured[i], CultureInfo.InvariantCulture);
        var (scrollWidth, clientWidth, innerWidth) = (Pixels(0), Pixels(1), Pixels(2));
        Assert.Equal(Width, innerWidth);
        return scrollWidth <= clientWidth && scrollWidth <= innerWidth
            ? null
            : $"{scrollWidth}px wide on a screen of {innerWidth}px ({clientWidth}px beside the scroll bar): {measured[3]}";
    }

    // "/enterprise/listings/{id}" and "/enterprise/listings/new?kind=Daycare" (or a name already plain) as file names that stay the same from run to run.
    private static string Name(string path)
    {
        var named = Guids().Replace(path, "id").Trim('/');
        var name = new string([.. named.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        return name.Length == 0 ? "home" : name[..Math.Min(name.Length, 80)];
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guids();
}
