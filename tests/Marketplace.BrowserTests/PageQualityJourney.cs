using System.Globalization;
using System.Text;
using Marketplace.Application.Listings;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>
/// Every page of every role, at a phone's size (360 x 740) and a laptop's (1280 x 800), as a first visit loads
/// it: axe finds no WCAG 2.2 A/AA violation, the page with all it fetches weighs at most
/// <see cref="PageWeight.MaxBytes"/> compressed, its Content-Security-Policy refuses nothing (every script, style
/// and image is the site's own), and on the phone nothing reaches past the screen's right edge (WCAG 1.4.10).
/// One walk checks all four: each page is loaded once at the phone's size, then the same page is laid out at the
/// laptop's and axe runs again (loading every page twice, in two walks, took minutes). The figures are written to
/// artifacts/page-quality-phone.md and page-quality-desktop.md, which docs/accessibility.md summarises.
/// </summary>
public sealed class PageQualityJourney(ServedApp app) : IClassFixture<ServedApp>
{
    private const string MissingPage = "/tidak-ada";
    private const int LaptopWidth = 1280;
    private const int LaptopHeight = 800;

    [Fact]
    public async Task EveryPage_HasNoAccessibilityViolation_NoPolicyRefusal_AndWeighsLittle()
    {
        // Two roles walk at once, each in a browser of its own: the walks only read, and one Chromium leaves a core idle.
        var roles = await PagesAsync();
        var walks = new RoleWalk[roles.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, roles.Count), new ParallelOptions { MaxDegreeOfParallelism = 2 }, (role, _) =>
        {
            walks[role] = Walk(roles[role]);
            return ValueTask.CompletedTask;
        });

        Report("phone", PhoneWidth.Width, walks.SelectMany(walk => walk.Phone));
        Report("desktop", LaptopWidth, walks.SelectMany(walk => walk.Laptop));
        var problems = walks.SelectMany(walk => walk.Problems).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private RoleWalk Walk((string Who, string? Email, string? Password, string[] Paths) role)
    {
        var (who, email, password, paths) = role;
        var walk = new RoleWalk([], [], []);
        using var browser = PhoneWidth.Open(app.Address);
        if (email is not null)
        {
            browser.SignIn(email, password!);
        }

        PageWeight.LoadEverythingEveryTime(browser);
        PolicyRefusals.Listen(browser);
        browser.LoadAxeInEveryPage();
        foreach (var path in paths)
        {
            browser.Open(path);
            browser.WaitUntil(() => ((IJavaScriptExecutor)browser.Driver).ExecuteScript("return document.readyState") as string == "complete");
            var violations = browser.AccessibilityViolations();
            var bytes = PageWeight.Of(browser);
            walk.Phone.Add((who, path, browser.Driver.Title, bytes, violations.Count));
            walk.Problems.AddRange(violations.Select(v => $"{who} {path} (phone): {v}"));
            walk.Problems.AddRange(PolicyRefusals.Of(browser).Select(refused => $"{who} {path}: {refused}"));
            if (PhoneWidth.OverflowingNow(browser, who, path) is { } overflowing)
            {
                walk.Problems.Add(overflowing);
            }

            if (path != MissingPage && browser.Driver.FindElements(By.Id("error-title")).Count > 0)
            {
                walk.Problems.Add($"{who} {path}: answered the error page, not the page");
            }

            if (bytes > PageWeight.MaxBytes)
            {
                walk.Problems.Add($"{who} {path}: {bytes / 1024} KB, more than {PageWeight.MaxBytes / 1024} KB");
            }

            PhoneWidth.Emulate(browser, LaptopWidth, LaptopHeight);
            var onALaptop = browser.AccessibilityViolations();
            walk.Laptop.Add((who, path, browser.Driver.Title, bytes, onALaptop.Count));
            walk.Problems.AddRange(onALaptop.Select(v => $"{who} {path} (laptop): {v}"));
            PhoneWidth.Emulate(browser, PhoneWidth.Width, PhoneWidth.Height);
        }

        return walk;
    }

    /// <summary>Each role's pages, with the demo data's ids filled in.</summary>
    private async Task<IReadOnlyList<(string Who, string? Email, string? Password, string[] Paths)>> PagesAsync()
    {
        var daycare = await DemoIdAsync(db => db.Listings.Where(l => l.Kind == ListingKind.Daycare).Select(l => l.Id));
        var owned = await DemoIdAsync(db => db.Listings.Where(l => db.Enterprises.Any(e => e.Id == l.EnterpriseId
            && db.Users.Any(u => u.Id == e.OwnerUserId && u.Email == DemoDataSeeder.EnterpriseEmail))).Select(l => l.Id));
        var caregiver = await DemoIdAsync(db => db.Caregivers.Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == DemoDataSeeder.CaregiverEmail)).Select(c => c.Id));
        var recipient = await DemoIdAsync(db => db.Families.Where(f => db.Users.Any(u => u.Id == f.UserId && u.Email == DemoDataSeeder.FamilyEmail))
            .SelectMany(f => f.Recipients).Select(r => r.Id));
        var monday = TestBookings.Next(DayOfWeek.Monday, 9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (booking, visit, replaced) = await SeriesAsync(caregiver);
        string[] changes =
        [
            $"/bookings/{booking}", $"/bookings/{booking}/review", $"/bookings/{booking}/cancel", $"/bookings/{booking}/visits/{visit}/cancel",
            $"/bookings/{booking}/visits/{visit}/move?date={TestBookings.Next(DayOfWeek.Wednesday, 9):yyyy-MM-dd}&time=10:00",
            $"/bookings/{booking}/visits/{replaced}/replacements", "/family/preferred-caregivers", $"/caregivers/{caregiver}",
        ];
        string[] everyone =
        [
            "/", "/search", $"/search?Place=-5.1477%2C119.4327&RadiusKm=25&VisitDate={monday}&VisitTime=09%3A00&VisitHours=2",
            "/search/services", "/search/services?Place=-5.1477%2C119.4327&RadiusKm=50&Kind=Daycare", $"/listings/{daycare}", $"/caregivers/{caregiver}",
            $"/caregivers/{caregiver}?date={monday}&time=09:00&hours=2",
        ];
        return
        [
            ("visitor", null, null,
                [.. everyone, "/account/login", "/account/register", "/account/check-email", "/account/confirm-email", "/account/forgot-password",
                 "/account/reset-password?email=keluarga%40peduli.test&token=x", "/account/change-email", MissingPage]),
            ("family", DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword,
                ["/", "/search?Place=-5.1477,119.4327&RadiusKm=30", "/account", "/account/email", "/account/email-preferences", "/notifications", "/bookings", "/bookings/calendar", "/family/recipients", $"/family/recipients/{recipient}", $"/bookings/new?caregiverId={caregiver}", .. changes]),
            ("caregiver", DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword,
                ["/account", "/caregiver/profile", "/caregiver/certificates", "/caregiver/availability", "/caregiver/schedule", "/caregiver/schedule?month=" + DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture), "/earnings",
                 "/bookings", "/caregiver/affiliations", "/care-manager", $"/bookings/{booking}/visits/{visit}/cancel"]),
            ("enterprise", DemoDataSeeder.EnterpriseEmail, MarketplaceAppFactory.DemoPassword,
                ["/enterprise", "/bookings", "/earnings", "/enterprise/revenue", $"/enterprise/listings/{owned}",
                 "/enterprise/listings/new?kind=HomeCare", "/enterprise/listings/new?kind=Daycare", "/enterprise/listings/new?kind=MobileClinic"]),
            ("admin", MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword,
                ["/account", "/admin/verification", "/admin/care-managers", "/admin/dead-letters", "/admin/email", "/admin/payouts", "/admin/sponsors", "/admin/sponsors/new", "/admin/reviews"]),
        ];
    }

    /// <summary>
    /// The demo family's weekly series with the demo caregiver for its elder, confirmed: its id, its first visit, and its
    /// second, which she cancelled (a visit to find a replacement for).
    /// </summary>
    private async Task<(Guid Booking, Guid Visit, Guid Replaced)> SeriesAsync(Guid caregiver)
    {
        var family = await app.CreateClient().SignInAsync(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        var provider = await app.CreateClient().SignInAsync(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        var recipient = (await (await family.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync()).EnumerateArray()
            .First(r => r.GetProperty("kind").GetString() == "elder").GetProperty("id").GetGuid();
        var requested = await family.RequestHomeCareAsync(caregiver, recipient, TestBookings.Next(DayOfWeek.Tuesday, 9), repeatWeekly: new { days = Array.Empty<string>(), weeks = 2 });
        requested.EnsureSuccessStatusCode();
        var series = await requested.ReadJsonAsync();
        var id = series.GetProperty("id").GetGuid();
        (await provider.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);
        var second = series.GetProperty("visits")[1].GetProperty("id").GetGuid();
        (await provider.PostAsync($"/api/v1/bookings/{id}/visits/{second}/cancel", null)).EnsureSuccessStatusCode();
        return (id, series.GetProperty("visits")[0].GetProperty("id").GetGuid(), second);
    }

    private static void Report(string size, int width, IEnumerable<(string Who, string Path, string Title, long Bytes, int Violations)> rows)
    {
        var report = new StringBuilder($"| who | page | title | KB at {width} px | axe violations |\n|---|---|---|---|---|\n");
        foreach (var (who, path, title, bytes, violations) in rows)
        {
            report.Append(CultureInfo.InvariantCulture, $"| {who} | `{path}` | {title} | {bytes / 1024.0:0.0} | {violations} |\n");
        }

        var folder = Path.Combine(RepositoryRoot.Path, "artifacts");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"page-quality-{size}.md"), report.ToString());
    }

    private Task<Guid> DemoIdAsync(Func<MarketplaceDbContext, IQueryable<Guid>> query) =>
        app.InScopeAsync(services => query(services.GetRequiredService<MarketplaceDbContext>()).FirstAsync());

    /// <summary>What one role's walk found: a row per page at each size, and every problem.</summary>
    private sealed record RoleWalk(
        List<(string Who, string Path, string Title, long Bytes, int Violations)> Phone,
        List<(string Who, string Path, string Title, long Bytes, int Violations)> Laptop,
        List<string> Problems);
}
