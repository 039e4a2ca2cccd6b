using System.Collections.Concurrent;
using System.Diagnostics;
using System.Drawing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Marketplace.BrowserTests;

/// <summary>
/// Debian's headless Chromium driven through Debian's chromedriver, kept between <see cref="Browser"/>s: starting one
/// takes 2.5–3.5 s on two cores, and the journeys open about eighty. One given back is reset to what a new one is (no
/// cookies, site storage, cache, emulated screen, position or permissions, no script run on new pages, one blank tab);
/// if any of that fails it is quit instead. Nothing is downloaded: both programs come from apt (./test.sh installs them).
/// </summary>
internal sealed class Chromium
{
    private static readonly ConcurrentBag<Chromium> Idle = [];

    private readonly string _profile = Directory.CreateTempSubdirectory("peduli-chromium-").FullName;

    // Its process is ended on quitting, with the Chromium it started.
    private readonly ChromeDriverService _service;

    /// <summary>
    /// The test host ends its process as soon as the last test has run, too soon to quit the idle Chromiums (a process-exit
    /// handler and xUnit's framework disposal were both cut short), so the last few of a run are left running. Each run
    /// ends those of the runs before it: a chromedriver whose parent process has gone (its parent is now init), with its
    /// Chromium and that Chromium's profile folder. ./test.sh ends the last run's the same way.
    /// </summary>
    static Chromium()
    {
        foreach (var chromedriver in Process.GetProcessesByName("chromedriver"))
        {
            using (chromedriver)
            {
                try
                {
                    if (ParentOf(chromedriver.Id) == 1)
                    {
                        var profiles = ProfilesStartedBy(chromedriver.Id);
                        chromedriver.Kill(entireProcessTree: true);
                        chromedriver.WaitForExit();
                        profiles.ForEach(profile => Directory.Delete(profile, recursive: true));
                    }
                }
                catch (Exception ended) when (ended is IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // It ended while being looked at.
                }
            }
        }
    }

    private Chromium(int width, int height)
    {
        _service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Require(DriverPath))!, Path.GetFileName(DriverPath));
        _service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Require(ChromiumPath) };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            $"--window-size={width},{height}", ProfileArgument + _profile);
        Driver = new ChromeDriver(_service, options, TimeSpan.FromSeconds(60));
    }

    public ChromeDriver Driver { get; }

    // Debian's /usr/bin/chromium is a wrapper script; chromedriver needs the real binary.
    private static string ChromiumPath =>
        Environment.GetEnvironmentVariable("PEDULI_CHROMIUM") ?? "/usr/lib/chromium/chromium";

    private static string DriverPath =>
        Environment.GetEnvironmentVariable("PEDULI_CHROMEDRIVER") ?? "/usr/bin/chromedriver";

    /// <summary>An idle Chromium with its window made <paramref name="width"/> x <paramref name="height"/>, or a new one.</summary>
    public static Chromium Rent(int width, int height)
    {
        if (Idle.TryTake(out var idle))
        {
            idle.Driver.Manage().Window.Size = new Size(width, height);
            return idle;
        }

        return new Chromium(width, height);
    }

    /// <summary>
    /// Resets this Chromium after a browser used it on <paramref name="origin"/> and keeps it for the next one; the
    /// scripts its pages ran on opening (<paramref name="scriptsOnNewPages"/>, as DevTools identified them) are removed.
    /// </summary>
    public void Return(Uri origin, IEnumerable<string> scriptsOnNewPages)
    {
        try
        {
            if (Driver.WindowHandles.Count != 1)
            {
                Quit();
                return;
            }

            Driver.Navigate().GoToUrl("about:blank");
            foreach (var script in scriptsOnNewPages)
            {
                Cdp("Page.removeScriptToEvaluateOnNewDocument", new() { ["identifier"] = script });
            }

            Cdp("Network.clearBrowserCookies");
            Cdp("Network.clearBrowserCache");
            Cdp("Network.setCacheDisabled", new() { ["cacheDisabled"] = false });
            Cdp("Storage.clearDataForOrigin", new() { ["origin"] = origin.GetLeftPart(UriPartial.Authority), ["storageTypes"] = "all" });
            Cdp("Emulation.clearDeviceMetricsOverride");
            Cdp("Emulation.clearGeolocationOverride");
            Cdp("Browser.resetPermissions");
            Idle.Add(this);
        }
        catch (WebDriverException)
        {
            Quit();
        }
    }

    private void Cdp(string command, Dictionary<string, object?>? parameters = null) => Driver.ExecuteCdpCommand(command, parameters ?? []);

    /// <summary>Ends chromedriver and the Chromium it started, then deletes the profile.</summary>
    private void Quit()
    {
        using (var chromedriver = Process.GetProcessById(_service.ProcessId))
        {
            chromedriver.Kill(entireProcessTree: true);
            chromedriver.WaitForExit();
        }

        Directory.Delete(_profile, recursive: true);
    }

    /// <summary>The parent process id: the fourth field of /proc/{pid}/stat, after the command in parentheses.</summary>
    private static int ParentOf(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The profile folders (<c>--user-data-dir</c>) of the Chromium processes that chromedriver <paramref name="pid"/> started.</summary>
    private static List<string> ProfilesStartedBy(int pid)
    {
        var chromiums = Process.GetProcessesByName("chromium");
        var ids = chromiums.Select(chromium => chromium.Id).ToList();
        Array.ForEach(chromiums, chromium => chromium.Dispose());
        return [.. ids.Where(id => ParentOf(id) == pid)
            .SelectMany(id => File.ReadAllText($"/proc/{id}/cmdline").Split('\0'))
            .Where(argument => argument.StartsWith(ProfileArgument, StringComparison.Ordinal))
            .Select(argument => argument[ProfileArgument.Length..])
            .Where(Directory.Exists)];
    }

    private const string ProfileArgument = "--user-data-dir=";

    private static string Require(string path) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: install Debian's chromium and chromium-driver (./test.sh does).");
}
