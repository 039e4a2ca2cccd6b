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
/// reads the stars, the words and the reply on her public page. A family's complaint is resolved by an admin, whose
/// suspension takes the caregiver out of search until it is lifted. (One class, so the two share one served app.)
/// </summary>
public sealed class QualityOfCareJourney(ServedApp app) : IClassFixture<ServedApp>
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

    [Fact]
    public async Task AFamilysComplaint_IsResolvedByAnAdmin_WhoseSuspensionHidesTheCaregiver_UntilItIsLifted()
    {
        var (bookingId, caregiverId) = await GivenVisitAsync(DayOfWeek.Tuesday);

        using (var family = PhoneWidth.Open(app.Address))
        {
            family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
            family.Open($"/bookings/{bookingId}");
            family.Find("[data-testid=file-complaint]").Click();
            family.WaitForPath($"/bookings/{bookingId}/complaint");
            Assert.Empty(family.AccessibilityViolations());

            // Sent without saying what happened, the page says so; then the kind and the words.
            family.Find("label[for=Category]").Click();
            family.Submit($"/bookings/{bookingId}/complaint");
            family.WaitUntil(() => family.Driver.FindElements(By.CssSelector(".form-errors li, [data-testid=problem]")).Count > 0);
            Assert.Null(PhoneWidth.OverflowingNow(family, "family", "complaint-refused"));
            family.Fill("#Description", "Ibu saya dibiarkan jatuh di kamar mandi dan tidak ditolong.");
            family.Submit($"/bookings/{bookingId}/complaint");
            family.WaitForNotice("Pengaduan Anda terkirim");
            Assert.Equal("Baru", family.Find("[data-testid=complaint-status]").Text);
            Assert.Null(PhoneWidth.OverflowingNow(family, "family", "complaint-filed"));
            Assert.Empty(family.AccessibilityViolations());
        }

        using (var admin = PhoneWidth.Open(app.Address))
        {
            admin.SignIn(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);
            admin.Open("/admin/complaints");
            Assert.Null(PhoneWidth.OverflowingNow(admin, "admin", "complaints"));
            Assert.Empty(admin.AccessibilityViolations());
            admin.Find($"a[href$='/complaints/{await ComplaintIdAsync(bookingId)}']").Click();
            admin.WaitUntil(() => admin.Driver.Url.Contains("/admin/complaints/", StringComparison.Ordinal));
            var casePath = new Uri(admin.Driver.Url).AbsolutePath;
            admin.Submit($"{casePath}/investigate");
            admin.WaitForNotice("sedang ditelaah");
            admin.Find("label[for=Outcome]").Click();
            admin.Fill("#Resolution", "Kami menemukan kelalaian; pendamping ditangguhkan.");
            admin.Find("label[for=SuspendProvider]").Click();
            admin.Fill("#SuspensionReason", "Kelalaian yang membahayakan lansia.");
            admin.Submit($"{casePath}/resolve");
            admin.WaitForNotice("Pengaduan diselesaikan");
            Assert.Contains("Kelalaian yang membahayakan lansia.", admin.Find("[data-testid=suspension]").Text, StringComparison.Ordinal);
            Assert.Null(PhoneWidth.OverflowingNow(admin, "admin", "complaint-resolved"));
            Assert.Empty(admin.AccessibilityViolations());

            // While suspended, her public page is gone (a 404 page) and so is her badge.
            using (var visitor = PhoneWidth.Open(app.Address))
            {
                visitor.Open($"/caregivers/{caregiverId}");
                Assert.Empty(visitor.Driver.FindElements(By.CssSelector("[data-testid=verified]")));
            }

            admin.Submit($"{casePath}/reinstate");
            admin.WaitForNotice("Penangguhan dicabut");
            Assert.Empty(admin.Driver.FindElements(By.CssSelector("[data-testid=suspension]")));
        }

        using var reader = PhoneWidth.Open(app.Address);
        reader.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        reader.Open($"/bookings/{bookingId}/complaint");
        Assert.Equal("Terbukti", reader.Find("[data-testid=complaint-outcome] strong").Text);
        Assert.Contains("Kami menemukan kelalaian", reader.Find("[data-testid=complaint]").Text, StringComparison.Ordinal);
        reader.Open($"/caregivers/{caregiverId}");
        Assert.NotEmpty(reader.Driver.FindElements(By.CssSelector("[data-testid=verified]")));
    }

    private Task<Guid> ComplaintIdAsync(Guid bookingId) =>
        app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().Complaints.Where(c => c.BookingId == bookingId).Select(c => c.Id).FirstAsync());

    /// <summary>The demo family's visit with the demo caregiver, booked, confirmed and given on the app's clock.</summary>
    private async Task<(Guid Booking, Guid Caregiver)> GivenVisitAsync(DayOfWeek day = DayOfWeek.Monday)
    {
        var family = await app.CreateClient().SignInAsync(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        var caregiver = await app.CreateClient().SignInAsync(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        var caregiverId = await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().Caregivers
            .Where(c => services.GetRequiredService<MarketplaceDbContext>().Users.Any(u => u.Id == c.UserId && u.Email == DemoDataSeeder.CaregiverEmail))
            .Select(c => c.Id).FirstAsync());
        var recipient = (await (await family.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync()).EnumerateArray()
            .First(r => r.GetProperty("kind").GetString() == "elder").GetProperty("id").GetGuid();
        var start = Next(day, 10);
        var id = await family.BookAsync(caregiverId, recipient, start);
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);
        await app.GiveVisitAsync(caregiver, id, start);
        return (id, caregiverId);
    }
}
