using System.Globalization;
using Marketplace.Application.Bookings;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>
/// A caregiver adds a day off over a booked visit: the page saves nothing, lists the visit (when, whose, a link to the
/// booking) and offers to cancel it or keep working it; she cancels it and the family is told. At phone width, and the
/// list on a desktop too, every page without axe violations.
/// </summary>
public sealed class TimeOffJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public async Task ACaregiver_AddsTimeOffOverAVisit_SeesItListed_AndCancelsIt()
    {
        var start = TestBookings.Next(DayOfWeek.Friday, 9);
        var id = await ConfirmedAsync(start);
        var day = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var caregiver = PhoneWidth.Open(app.Address);
        caregiver.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        AddTimeOff(caregiver, day);

        caregiver.WaitUntil(() => caregiver.Driver.FindElements(By.CssSelector("[data-testid=visit-to-choose]")).Count == 1);
        var listed = caregiver.Find("[data-testid=visit-to-choose] a");
        Assert.Equal($"/bookings/{id}", new Uri(listed.GetAttribute("href")!).AbsolutePath);
        Assert.EndsWith("09.00–11.00 WITA · Sitti", listed.Text, StringComparison.Ordinal);
        Assert.Contains("Belum ada yang disimpan", caregiver.Find("[data-testid=visits-to-choose-alert]").Text, StringComparison.Ordinal);
        Assert.Null(PhoneWidth.Wider(caregiver));
        caregiver.ScrollTo("[data-testid=visits-to-choose]");
        caregiver.Screenshot("time-off-over-visits-360");
        Assert.Empty(caregiver.AccessibilityViolations());
        Assert.Equal(BookingStatus.Confirmed, await StatusAsync(id));

        caregiver.Find("[data-testid=cancel-visits-in-time-off]").Click();
        caregiver.WaitForNotice("keluarga sudah diberi tahu");
        Assert.Contains(caregiver.Driver.FindElements(By.CssSelector("[data-testid=time-off] input[type=date]")), i => i.GetAttribute("value") == day);
        Assert.Empty(caregiver.AccessibilityViolations());
        Assert.Equal(BookingStatus.Cancelled, await StatusAsync(id));
        await app.EmailToAsync(DemoDataSeeder.FamilyEmail, "membatalkan kunjungan");
    }

    [Fact]
    public async Task TheVisitsToChooseAbout_FitADesktopPage_AndPassAxe()
    {
        var start = TestBookings.Next(DayOfWeek.Friday, 13).AddDays(7);
        await ConfirmedAsync(start);
        var day = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var caregiver = new Browser(app.Address, 1280, 800);
        caregiver.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        AddTimeOff(caregiver, day);

        caregiver.WaitUntil(() => caregiver.Driver.FindElements(By.CssSelector("[data-testid=visit-to-choose]")).Count == 1);
        caregiver.ScrollTo("[data-testid=visits-to-choose]");
        caregiver.Screenshot("time-off-over-visits-1280");
        Assert.Empty(caregiver.AccessibilityViolations());
        caregiver.Find("[data-testid=keep-visits-in-time-off]").Click();
        caregiver.WaitForNotice("tetap bekerja");
        Assert.Contains("Sitti", caregiver.Find("[data-testid=visits-in-time-off]").Text, StringComparison.Ordinal);
    }

    /// <summary>Fills the first blank time-off row with one whole day and presses the page's own Save button.</summary>
    private static void AddTimeOff(Browser caregiver, string day)
    {
        caregiver.Open("/caregiver/availability");
        var from = caregiver.Driver.FindElements(By.CssSelector("[data-testid=time-off] input[type=date]"))
            .First(input => string.IsNullOrEmpty(input.GetAttribute("value"))).GetAttribute("id")!;
        caregiver.SetValue($"#{from}", day);
        caregiver.SetValue($"#{from.Replace("From", "To", StringComparison.Ordinal)}", day);
        caregiver.Find("form[action='/caregiver/availability'] button[type=submit]").Click();
    }

    /// <summary>The demo family's visit with the demo caregiver for Hj. Sitti Rahmah at <paramref name="start"/> (2 hours), accepted and confirmed.</summary>
    private async Task<Guid> ConfirmedAsync(DateTimeOffset start)
    {
        var family = await app.CreateClient().SignInAsync(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        var caregiver = await app.CreateClient().SignInAsync(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        var elder = (await (await family.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync()).EnumerateArray()
            .First(r => r.GetProperty("kind").GetString() == "elder").GetProperty("id").GetGuid();
        var caregiverId = await app.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            return db.Caregivers.Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == DemoDataSeeder.CaregiverEmail)).Select(c => c.Id).SingleAsync();
        });
        var id = await family.BookAsync(caregiverId, elder, start);
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);
        return id;
    }

    private Task<BookingStatus> StatusAsync(Guid id) => app.InScopeAsync(async services =>
        (await services.GetRequiredService<MarketplaceDbContext>().Bookings.AsNoTracking().SingleAsync(b => b.Id == id)).Status);
}
