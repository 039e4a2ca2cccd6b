using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>
/// Continuity of care on a phone: the demo family marks a caregiver as preferred for its mother from her page and finds
/// her on its list of preferred caregivers; its usual
/// caregiver cancels one visit of a weekly series (through the API, as her own page is another journey's); the booking's
/// page offers "Cari pengganti", whose page puts the preferred caregiver first, and one button asks her for that visit.
/// Every page fits 360 px and passes axe.
/// </summary>
public sealed class ContinuityJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public async Task AFamily_MarksAPreferredCaregiver_AndWhenAVisitIsCancelled_IsOfferedHerFirst_AndBooksHer()
    {
        var (bookingId, cancelledVisit, preferredId) = await GivenACancelledVisitAsync();
        using var family = PhoneWidth.Open(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);

        family.Open($"/caregivers/{preferredId}");
        family.Choose("#prefer-recipient", (await ElderAsync()).ToString());
        family.ScrollTo("[data-testid=prefer-box]");
        Assert.Null(PhoneWidth.OverflowingNow(family, "family", "caregiver-prefer"));
        Assert.Empty(family.AccessibilityViolations());
        family.Find("[data-testid=mark-preferred]").Click();
        family.WaitForNotice("pendamping pilihan untuk Hj. Sitti Rahmah");
        Assert.Contains("Hj. Sitti Rahmah", family.Find("[data-testid=preferred-for]").Text, StringComparison.Ordinal);
        Assert.Empty(family.AccessibilityViolations());

        family.Open("/family/preferred-caregivers");
        Assert.Contains("Irmawati", family.Find("[data-testid=preferred-caregiver]").Text, StringComparison.Ordinal);
        Assert.Null(PhoneWidth.OverflowingNow(family, "family", "preferred-caregivers"));
        Assert.Empty(family.AccessibilityViolations());

        family.Open($"/bookings/{bookingId}");
        Assert.Single(family.Driver.FindElements(By.CssSelector("[data-testid=visit-to-replace]")));
        Assert.Null(PhoneWidth.OverflowingNow(family, "family", "booking-visit-to-replace"));
        Assert.Empty(family.AccessibilityViolations());
        family.Find("[data-testid=find-replacement]").Click();
        family.WaitForPath($"/bookings/{bookingId}/visits/{cancelledVisit}/replacements");

        var first = family.Find("[data-testid=replacement]");
        Assert.Equal("Preferred", first.GetAttribute("data-reason"));
        Assert.EndsWith($"/caregivers/{preferredId}", first.FindElement(By.CssSelector("[data-testid=replacement-name]")).GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(PhoneWidth.OverflowingNow(family, "family", "replacements"));
        Assert.Empty(family.AccessibilityViolations());
        family.ScrollTo("[data-testid=replacement]");
        family.Screenshot("replacements-list-360");

        first.FindElement(By.CssSelector("[data-testid=book-replacement]")).Click();
        family.WaitForNotice("Permintaan terkirim");
        Assert.Equal("Menunggu jawaban", family.Find("[data-testid=status]").Text);
        Assert.Null(PhoneWidth.OverflowingNow(family, "family", "replacement-requested"));
        Assert.Empty(family.AccessibilityViolations());
    }

    /// <summary>
    /// The demo family's weekly series of two visits with the demo caregiver for its mother, confirmed, whose second visit
    /// she cancelled; and a new caregiver near the family, free every day, not yet preferred.
    /// </summary>
    private async Task<(Guid Booking, Guid CancelledVisit, Guid Preferred)> GivenACancelledVisitAsync()
    {
        var family = await app.CreateClient().SignInAsync(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        var caregiver = await app.CreateClient().SignInAsync(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        var caregiverId = await app.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            return db.Caregivers.Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == DemoDataSeeder.CaregiverEmail)).Select(c => c.Id).SingleAsync();
        });
        var requested = await family.RequestHomeCareAsync(caregiverId, await ElderAsync(), TestBookings.Next(DayOfWeek.Wednesday, 10),
            repeatWeekly: new { days = Array.Empty<string>(), weeks = 2 });
        requested.EnsureSuccessStatusCode();
        var booking = await requested.ReadJsonAsync();
        var id = booking.GetProperty("id").GetGuid();
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);
        var second = booking.GetProperty("visits")[1].GetProperty("id").GetGuid();
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/visits/{second}/cancel", null)).EnsureSuccessStatusCode();
        var (_, preferredId) = await app.NewBookableCaregiverAsync();
        return (id, second, preferredId);
    }

    private async Task<Guid> ElderAsync()
    {
        var family = await app.CreateClient().SignInAsync(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        return (await (await family.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync()).EnumerateArray()
            .First(r => r.GetProperty("kind").GetString() == "elder").GetProperty("id").GetGuid();
    }
}
