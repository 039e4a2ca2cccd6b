using System.Text.Json;
using Marketplace.TestSupport;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace Marketplace.BrowserTests;

/// <summary>
/// A browser at the size of a small phone: a <see cref="Chromium"/> of the pool, for one person's session on the app at
/// <c>baseAddress</c> (each browser starts with no cookies; disposing it gives its Chromium back, reset).
/// </summary>
public sealed class Browser : IDisposable
{
    private readonly Uri _baseAddress;
    private readonly Chromium _chromium;
    private readonly List<string> _scriptsOnNewPages = [];
    private bool _disposed;

    public Browser(Uri baseAddress, int width = 390, int height = 844)
    {
        _baseAddress = baseAddress;
        _chromium = Chromium.Rent(width, height);
    }

    public IWebDriver Driver => _chromium.Driver;

    public void Open(string path) => Driver.Navigate().GoToUrl(new Uri(_baseAddress, path));

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    public void Fill(string css, string text)
    {
        var input = Find(css);
        input.Clear();
        input.SendKeys(text);
    }

    /// <summary>Sets a date or time input the way a date picker would, whatever the browser's own locale shows.</summary>
    public void SetValue(string css, string value) =>
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].value = arguments[1];", Find(css), value);

    /// <summary>Scrolls <paramref name="css"/> to the top of the screen, for a screenshot of a long page's lower part.</summary>
    public void ScrollTo(string css) =>
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].scrollIntoView({block: 'start'});", Find(css));

    /// <summary>Chooses the option with <paramref name="value"/> in a select.</summary>
    public void Choose(string css, string value) => Find($"{css} option[value='{value}']").Click();

    /// <summary>Clicks the submit button of the form posting to <paramref name="action"/>.</summary>
    public void Submit(string action) => Find($"form[action='{action}'] button[type=submit]").Click();

    /// <summary>Waits until the page's notice (the outcome of the last button) contains <paramref name="text"/>.</summary>
    public void WaitForNotice(string text) =>
        WaitUntil(() => Find("[data-testid=notice]").Text.Contains(text, StringComparison.Ordinal));

    /// <summary>Waits until the page says why it refused, containing <paramref name="text"/>.</summary>
    public void WaitForProblem(string text) =>
        WaitUntil(() => Driver.FindElements(By.CssSelector("[data-testid=problem], .form-errors")).Any(e => e.Text.Contains(text, StringComparison.Ordinal)));

    /// <summary>Signs in through the login form, as a person would, and waits for the account page.</summary>
    public void SignIn(string email, string password)
    {
        Open("/account/login");
        Fill("#Email", email);
        Fill("#Password", password);
        Find("form[action='/account/login'] button[type=submit]").Click();
        WaitForPath("/account");
    }

    /// <summary>
    /// Opens the link of a sign-up email (its path, on this browser's app) and confirms it with the password chosen at
    /// sign-up, as a person would, then waits for the account page.
    /// </summary>
    public void ConfirmByEmailedLink(Uri link, string password)
    {
        Open(link.PathAndQuery);
        Fill("#Password", password);
        Submit("/account/confirm-email");
        WaitForPath("/account");
    }

    /// <summary>Waits (up to 10 s) until the page's path is <paramref name="path"/>.</summary>
    public void WaitForPath(string path) => WaitUntil(() => new Uri(Driver.Url).AbsolutePath == path);

    /// <summary>Waits (up to 10 s) for a condition of the page, such as the next page after a form is sent.</summary>
    public void WaitUntil(Func<bool> condition)
    {
        // Looked at every 50 ms rather than WebDriverWait's 500: most conditions hold a few milliseconds after the
        // first look fails (the next page is on its way), and the journeys wait a thousand times between them.
        var wait = new WebDriverWait(Driver, TimeSpan.FromSeconds(10)) { PollingInterval = TimeSpan.FromMilliseconds(50) };
        // Chromium reports an element of a page being replaced either as stale or, mid-navigation, as an
        // "unknown error" (node no longer in the document); both mean "look again".
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException), typeof(UnknownErrorException));
        wait.Until(_ => condition());
    }

    /// <summary>Saves a screenshot under artifacts/screenshots so a person can look at the page.</summary>
    public string Screenshot(string name)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".png");
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(file);
        return file;
    }

    /// <summary>
    /// The WCAG 2.x A/AA rules that axe-core finds broken on the current page, and every id that names more than one
    /// element: axe dropped that rule with SC 4.1.1, but a label, an error link or <c>#id</c> still reaches only the
    /// first element (a consent box hidden behind its fieldset's id once refused a form).
    /// </summary>
    public IReadOnlyList<string> AccessibilityViolations()
    {
        var js = (IJavaScriptExecutor)Driver;
        if (js.ExecuteScript("return typeof axe;") as string != "object")
        {
            js.ExecuteScript(AxeSource.Value);
        }

        var json = (string?)js.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
               .then(result => {
                   const ids = [...document.querySelectorAll('[id]')].map(element => element.id);
                   const repeated = [...new Set(ids.filter((id, at) => ids.indexOf(id) !== at))]
                       .map(id => 'duplicate-id: ' + id + ' names several elements, so its labels and links reach only the first');
                   done(JSON.stringify(result.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')').concat(repeated)));
               });
            """);
        return JsonSerializer.Deserialize<string[]>(json ?? "null") ?? throw new InvalidOperationException("axe-core returned no result.");
    }

    /// <summary>
    /// Puts axe-core in every page this browser opens from now on, as the page starts: a walk that checks every page
    /// then skips sending the 560 KB script through WebDriver for each one.
    /// </summary>
    public void LoadAxeInEveryPage() => RunOnEveryNewPage(AxeSource.Value);

    /// <summary>Runs <paramref name="script"/> in every page this browser opens from now on, before the page's own scripts.</summary>
    public void RunOnEveryNewPage(string script)
    {
        var added = _chromium.Driver.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?> { ["source"] = script })
            as Dictionary<string, object> ?? throw new InvalidOperationException("DevTools did not identify the script it added.");
        _scriptsOnNewPages.Add($"{added["identifier"]}");
    }

    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var axe = Path.Combine(RepositoryRoot.Path, "tests", "Marketplace.BrowserTests", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(axe)
            ? File.ReadAllText(axe)
            : throw new InvalidOperationException($"{axe} is missing: run 'npm ci' in tests/Marketplace.BrowserTests (./test.sh does).");
    });

    public void Dispose()
    {
        // Given back once: twice, two later browsers would share it.
        if (!_disposed)
        {
            _disposed = true;
            _chromium.Return(_baseAddress, _scriptsOnNewPages);
        }
    }
}
