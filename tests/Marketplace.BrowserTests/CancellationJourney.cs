using Marketplace.Application.Bookings;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace Marketplace.BrowserTests;

/// <summary>
/// Undoing safely: a family cancels one visit of a weekly series, seeing its charge on a confirmation page first, with
/// the keyboard only; cancels a whole booking after its confirmation; and moves a visit, seeing the new time and its
/// terms before saving. At phone width (360 x 740) and on a desktop (1280 x 800), every page without axe violations.
/// </summary>
public sealed class CancellationJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Theory]
    [InlineData(PhoneWidth.Width, 9)]
    [InlineData(1280, 12)]
    public async Task AFamily_UsingOnlyTheKeyboard_SeesTheChargeOfOneVisit_ThenCancelsItAlone(int width, int hour)
    {
        var start = TestBookings.Next(DayOfWeek.Tuesday, hour);
        var (id, visitPrice) = await ConfirmedAsync(start, weeks: 2);
        var charge = Money.FromRupiah(visitPrice / 2).ToString();

        using (app.Clock.TravelTo(start.AddHours(-5)))
        {
            using var family = Open(width);
            family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
            family.Open($"/bookings/{id}");
            family.ScrollTo("[data-testid=visit]");
            family.Screenshot($"booking-visits-{width}");
            TabTo(family, "[data-testid=cancel-visit-link]");
            Press(family, Keys.Enter);
            family.WaitUntil(() => new Uri(family.Driver.Url).AbsolutePath.EndsWith("/cancel", StringComparison.Ordinal));

            Assert.Contains(charge, family.Find("[data-testid=cancel-charge]").Text, StringComparison.Ordinal);
            Assert.Contains(charge, family.Find("[data-testid=cancel-visit]").Text, StringComparison.Ordinal);
            Assert.Contains(Money.FromRupiah(visitPrice + (visitPrice / 2)).ToString(), family.Find("[data-testid=cancel-due-after]").Text, StringComparison.Ordinal);
            Assert.Null(Wider(family, width));
            family.Screenshot($"cancel-visit-confirm-{width}");
            Assert.Empty(family.AccessibilityViolations());
            family.ScrollTo("[data-testid=cancel-summary]");
            family.Screenshot($"cancel-visit-confirm-buttons-{width}");

            TabTo(family, "[data-testid=confirm-cancel]");
            Press(family, Keys.Enter);
            family.WaitForNotice("Kunjungan dibatalkan");
            Assert.Equal("Dikonfirmasi", family.Find("[data-testid=status]").Text);
            Assert.Contains(charge, family.Find("[data-testid=visit-cancelled]").Text, StringComparison.Ordinal);
            Assert.Single(family.Driver.FindElements(By.CssSelector("[data-testid=visit-cancelled]")));
            family.Screenshot($"cancel-visit-done-{width}");
            Assert.Empty(family.AccessibilityViolations());
        }
    }

    [Theory]
    [InlineData(PhoneWidth.Width, 9)]
    [InlineData(1280, 12)]
    public async Task AFamily_CancelsAWholeBooking_OnlyAfterItsConfirmationSaysItIsFree(int width, int hour)
    {
        var (id, _) = await ConfirmedAsync(TestBookings.Next(DayOfWeek.Wednesday, hour), weeks: 1);
        using var family = Open(width);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        family.Open($"/bookings/{id}");

        family.Find("[data-testid=cancel-booking]").Click();
        family.WaitForPath($"/bookings/{id}/cancel");
        Assert.Contains("Rp 0", family.Find("[data-testid=cancel-charge]").Text, StringComparison.Ordinal);
        Assert.Null(Wider(family, width));
        family.Screenshot($"cancel-booking-confirm-{width}");
        Assert.Empty(family.AccessibilityViolations());
        Assert.Equal(BookingStatus.Confirmed, await StatusAsync(id));

        family.Find("[data-testid=confirm-cancel]").Click();
        family.WaitForNotice("Pesanan dibatalkan");
        Assert.Equal("Dibatalkan", family.Find("[data-testid=status]").Text);
        Assert.Empty(family.AccessibilityViolations());
    }

    [Fact]
    public async Task AFamily_MovesAVisit_SeeingTheNewTimeAndWhyAnotherTimeCannotBe_BeforeSaving()
    {
        var start = TestBookings.Next(DayOfWeek.Thursday, 9);
        var (id, _) = await ConfirmedAsync(start, weeks: 1);
        using var family = PhoneWidth.Open(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        family.Open($"/bookings/{id}");

        family.Find("[data-testid=visit] summary").Click();
        family.SetValue("input[name=time]", "06:00");
        family.Find("[data-testid=visit] form button[type=submit]").Click();
        family.WaitUntil(() => family.Driver.FindElements(By.CssSelector("[data-testid=move-refusal]")).Count == 1);
        Assert.Contains("tidak bekerja", family.Find("[data-testid=move-refusal]").Text, StringComparison.Ordinal);
        Assert.Empty(family.Driver.FindElements(By.CssSelector("[data-testid=confirm-move]")));
        Assert.Empty(family.AccessibilityViolations());

        family.SetValue("#move-time", "13:00");
        family.Find("[data-testid=preview-move]").Click();
        family.WaitUntil(() => family.Driver.FindElements(By.CssSelector("[data-testid=move-to]")).Count == 1);
        Assert.Contains("13.00–15.00 WITA", family.Find("[data-testid=move-to]").Text, StringComparison.Ordinal);
        Assert.Contains("09.00–11.00 WITA", family.Find("[data-testid=move-from]").Text, StringComparison.Ordinal);
        Assert.Contains("Pembatalan gratis sampai", family.Find("[data-testid=move-terms]").Text, StringComparison.Ordinal);
        Assert.Null(PhoneWidth.Wider(family));
        family.Screenshot("move-preview-360");
        Assert.Empty(family.AccessibilityViolations());
        Assert.Equal(start, await FirstVisitStartAsync(id));

        family.Find("[data-testid=confirm-move]").Click();
        family.WaitForNotice("Kunjungan dipindahkan");
        Assert.Contains("13.00", family.Find("[data-testid=visit] h3").Text, StringComparison.Ordinal);
        Assert.Equal(start.AddHours(4), await FirstVisitStartAsync(id));
    }

    private Browser Open(int width) => width == PhoneWidth.Width ? PhoneWidth.Open(app.Address) : new Browser(app.Address, 1280, 800);

    private static string? Wider(Browser browser, int width) => width == PhoneWidth.Width ? PhoneWidth.Wider(browser) : null;

    /// <summary>Presses Tab, as a person with only a keyboard, until <paramref name="css"/> has the focus.</summary>
    private static void TabTo(Browser browser, string css)
    {
        var target = browser.Find(css);
        for (var presses = 0; presses < 80; presses++)
        {
            if (browser.Driver.SwitchTo().ActiveElement().Equals(target))
            {
                return;
            }

            Press(browser, Keys.Tab);
        }

        Assert.Fail($"{css} cannot be reached with the Tab key.");
    }

    private static void Press(Browser browser, string key) => new Actions(browser.Driver).SendKeys(key).Perform();

    /// <summary>
    /// The demo family's booking of the demo caregiver for Hj. Sitti Rahmah from <paramref name="start"/> (2 hours, weekly for
    /// <paramref name="weeks"/>), accepted and confirmed to be paid directly; answers its id and a visit's price.
    /// </summary>
    private async Task<(Guid Id, long VisitPriceIdr)> ConfirmedAsync(DateTimeOffset start, int weeks)
    {
        var family = await app.CreateClient().SignInAsync(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        var caregiver = await app.CreateClient().SignInAsync(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        var elder = (await (await family.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync()).EnumerateArray()
            .First(r => r.GetProperty("kind").GetString() == "elder").GetProperty("id").GetGuid();
        var requested = await family.RequestHomeCareAsync(await CaregiverIdAsync(), elder, start, repeatWeekly: new { days = Array.Empty<string>(), weeks });
        Assert.True(requested.IsSuccessStatusCode, await requested.Content.ReadAsStringAsync());
        var booking = await requested.ReadJsonAsync();
        var id = booking.GetProperty("id").GetGuid();
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);
        return (id, booking.GetProperty("visitPriceIdr").GetInt64());
    }

    private Task<BookingStatus> StatusAsync(Guid id) => app.InScopeAsync(async services =>
        (await services.GetRequiredService<MarketplaceDbContext>().Bookings.AsNoTracking().SingleAsync(b => b.Id == id)).Status);

    private Task<DateTimeOffset> FirstVisitStartAsync(Guid id) => app.InScopeAsync(async services =>
        (await services.GetRequiredService<MarketplaceDbContext>().Bookings.AsNoTracking().SingleAsync(b => b.Id == id)).Visits.Min(v => v.StartsAt));

    private Task<Guid> CaregiverIdAsync() => app.InScopeAsync(services =>
    {
        var db = services.GetRequiredService<MarketplaceDbContext>();
        return db.Caregivers.Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == DemoDataSeeder.CaregiverEmail)).Select(c => c.Id).SingleAsync();
    });
}
