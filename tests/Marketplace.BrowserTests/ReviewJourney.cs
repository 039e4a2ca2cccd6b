using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.BrowserTests;

/// <summary>
/// On a phone: after a visit, the demo family rates it from the booking's page; the caregiver replies; anyone then
/// reads the stars, the words and the reply on her public page.
/// </summary>
public sealed class ReviewJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public async Task AFamily_RatesAGivenVisit_TheCaregiverReplies_AndHerPageShowsBoth()
    {
        var (bookingId, caregiverId) = await GivenVisitAsync();

        using (var family = PhoneWidth.Open(app.Address))
        {
            family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
            family.Open($"/bookings/{bookingId}");
            family.Find("[data-testid=write-review]").Click();
            family.WaitForPath($"/bookings/{bookingId}/review");
            Assert.Empty(family.AccessibilityViolations());

            // Sent without stars, the page says so beside the choice; then five stars and a few words.
            family.Submit($"/bookings/{bookingId}/review");
            family.WaitUntil(() => family.Driver.FindElements(By.CssSelector(".form-errors li, [data-testid=problem]")).Count > 0);
            Assert.Null(PhoneWidth.OverflowingNow(family, "family", "review-refused"));
            Assert.Empty(family.AccessibilityViolations());
            family.Find("label[for=Rating]").Click();
            family.Fill("#Text", "Sabar, tepat waktu, dan Ibu senang ditemani.");
            family.Submit($"/bookings/{bookingId}/review");
            family.WaitForNotice("ulasan Anda sudah tampil");
            Assert.Contains("Sabar, tepat waktu", family.Find("[data-testid=review]").Text, StringComparison.Ordinal);
            Assert.Null(PhoneWidth.OverflowingNow(family, "family", "review-written"));
        }

        using (var caregiver = PhoneWidth.Open(app.Address))
        {
            caregiver.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
            caregiver.Open($"/bookings/{bookingId}/review");
            caregiver.Fill("#Reply", "Terima kasih, Bu. Sampai minggu depan.");
            caregiver.Submit($"/bookings/{bookingId}/review/reply");
            caregiver.WaitForNotice("Balasan Anda sudah tampil");
            Assert.Empty(caregiver.AccessibilityViolations());
        }

        using var visitor = PhoneWidth.Open(app.Address);
        visitor.Open($"/caregivers/{caregiverId}");
        Assert.Contains("5,0", visitor.Find("[data-testid=rating-link]").Text, StringComparison.Ordinal);
        Assert.Contains("5,0", visitor.Find("[data-testid=rating-summary]").Text, StringComparison.Ordinal);
        Assert.Contains("Sampai minggu depan", visitor.Find("[data-testid=reply]").Text, StringComparison.Ordinal);
        Assert.Null(PhoneWidth.OverflowingNow(visitor, "visitor", "caregiver-reviews"));
        Assert.Empty(visitor.AccessibilityViolations());
    }

    /// <summary>The demo family's visit with the demo caregiver, booked, confirmed and given on the app's clock.</summary>
    private async Task<(Guid Booking, Guid Caregiver)> GivenVisitAsync()
    {
        var family = await app.CreateClient().SignInAsync(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        var caregiver = await app.CreateClient().SignInAsync(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        var caregiverId = await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().Caregivers
            .Where(c => services.GetRequiredService<MarketplaceDbContext>().Users.Any(u => u.Id == c.UserId && u.Email == DemoDataSeeder.CaregiverEmail))
            .Select(c => c.Id).FirstAsync());
        var recipient = (await (await family.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync()).EnumerateArray()
            .First(r => r.GetProperty("kind").GetString() == "elder").GetProperty("id").GetGuid();
        var start = Next(DayOfWeek.Monday, 10);
        var id = await family.BookAsync(caregiverId, recipient, start);
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);
        await app.GiveVisitAsync(caregiver, id, start);
        return (id, caregiverId);
    }
}
