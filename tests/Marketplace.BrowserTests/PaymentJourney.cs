using System.Globalization;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>
/// A family confirms an accepted visit by choosing to pay the caregiver directly; the caregiver gives the visit,
/// records the cash received, and reads what they earned on their earnings page. All at phone width.
/// </summary>
public sealed class PaymentJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public async Task TheFamilyPaysTheCaregiverInCash_TheCaregiverRecordsIt_AndSeesTheEarningsDrawnByMonth()
    {
        var caregiverId = await app.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            return db.Caregivers.Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == DemoDataSeeder.CaregiverEmail)).Select(c => c.Id).SingleAsync();
        });
        var start = TestBookings.Next(DayOfWeek.Thursday, 9);
        using var family = PhoneWidth.Open(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        family.Open($"/bookings/new?caregiverId={caregiverId}&date={start:yyyy-MM-dd}&time=09:00&hours=2");
        family.Find("form[action='/bookings/new'] [data-testid=send]").Click();
        family.WaitForNotice("Permintaan terkirim");
        var booking = new Uri(family.Driver.Url).AbsolutePath;

        using var caregiver = PhoneWidth.Open(app.Address);
        caregiver.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        caregiver.Open(booking);
        caregiver.Submit($"{booking}/accept");
        caregiver.WaitForNotice("Pesanan diterima");
        Assert.Contains("Menunggu keluarga mengonfirmasi", caregiver.Find("[data-testid=payment-waiting]").Text, StringComparison.Ordinal);

        family.Open(booking);
        family.ScrollTo($"form[action='{booking}/pay']");
        family.Screenshot("payment-choose-phone");
        Assert.Empty(family.AccessibilityViolations());
        family.Submit($"{booking}/pay");
        family.WaitForNotice("Pesanan dikonfirmasi");
        Assert.Equal("Dikonfirmasi", family.Find("[data-testid=status]").Text);
        Assert.Equal("Belum ada yang diterima", family.Find("[data-testid=payment-status]").Text);
        var price = family.Find("[data-testid=payment-outstanding]").Text;
        Assert.Null(PhoneWidth.Wider(family));

        using (app.Clock.TravelTo(start.AddMinutes(-5)))
        {
            caregiver.Open(booking);
            caregiver.Submit($"{booking}/check-in");
            caregiver.WaitUntil(() => caregiver.Driver.FindElements(By.CssSelector("#Notes")).Count == 1);
        }

        using (app.Clock.TravelTo(start.AddHours(2)))
        {
            caregiver.Open(booking);
            caregiver.Find("#task-companionship").Click();
            caregiver.Submit($"{booking}/check-out");
            caregiver.WaitForNotice("Kunjungan tercatat");

            caregiver.Fill("#AmountIdr", "1.000.000.000");
            caregiver.Submit($"{booking}/payment-received");
            caregiver.WaitForProblem("paling banyak sisa tagihan, " + price);
            caregiver.ScrollTo("#AmountIdr");
            caregiver.Screenshot("payment-record-refused-phone");
            Assert.Empty(caregiver.AccessibilityViolations());

            caregiver.Fill("#AmountIdr", price);
            caregiver.Submit($"{booking}/payment-received");
            caregiver.WaitForNotice("Pembayaran dicatat");
            Assert.Equal("Lunas", caregiver.Find("[data-testid=payment-status]").Text);
        }

        family.Open(booking);
        Assert.Equal(("Lunas", "Rp 0", price), (family.Find("[data-testid=payment-status]").Text, family.Find("[data-testid=payment-outstanding]").Text,
            family.Find("[data-testid=payment-received]").Text));

        caregiver.Open("/account");
        caregiver.Find("a[href='/earnings']").Click();
        caregiver.Open($"/earnings?until={start:yyyy-MM}");
        Assert.Equal(price, caregiver.Find("[data-testid=received]").Text);
        Assert.NotEqual("Rp 0", caregiver.Find("[data-testid=earned]").Text);
        Assert.NotEqual("Rp 0", caregiver.Find("[data-testid=cash-owed]").Text);
        Assert.Equal(12, caregiver.Driver.FindElements(By.CssSelector("[data-testid=months] tbody tr")).Count);
        Assert.NotEmpty(caregiver.Driver.FindElements(By.CssSelector("figure.chart svg rect.chart-earned")));
        Assert.Contains(start.ToString("MMM yyyy", CultureInfo.GetCultureInfo("id")), caregiver.Find("[data-testid=months]").Text, StringComparison.Ordinal);
        Assert.Null(PhoneWidth.Wider(caregiver));
        caregiver.Screenshot("earnings-phone");
        caregiver.ScrollTo("figure.chart");
        caregiver.Screenshot("earnings-chart-phone");
        Assert.Empty(caregiver.AccessibilityViolations());
    }
}
