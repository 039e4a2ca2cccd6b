using System.Globalization;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.BrowserTests;

/// <summary>A caregiver records a visit with only the vital signs they measured; the family reads just those.</summary>
public sealed class VisitLogJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public async Task TheFamily_ReadsTheBloodPressureThatWasMeasured_AndNothingAboutBloodSugar()
    {
        var caregiverId = await app.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            return db.Caregivers.Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == DemoDataSeeder.CaregiverEmail)).Select(c => c.Id).SingleAsync();
        });
        var start = TestBookings.Next(DayOfWeek.Wednesday, 9);
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
        family.Open(booking);
        family.Submit($"{booking}/pay");
        family.WaitForNotice("Pesanan dikonfirmasi");
        using (app.Clock.TravelTo(start.AddMinutes(-5)))
        {
            caregiver.Open(booking);
            caregiver.Submit($"{booking}/check-in");
            caregiver.WaitUntil(() => caregiver.Driver.FindElements(OpenQA.Selenium.By.CssSelector("#Systolic")).Count == 1);
        }

        using (app.Clock.TravelTo(start.AddHours(2)))
        {
            caregiver.Open(booking);
            caregiver.Find("#task-companionship").Click();
            caregiver.Fill("#Notes", "Ibu makan siang dengan baik.");
            caregiver.Fill("#Systolic", "130");
            caregiver.Fill("#Diastolic", "85");
            caregiver.Submit($"{booking}/check-out");
            caregiver.WaitUntil(() => caregiver.Driver.FindElements(OpenQA.Selenium.By.CssSelector("[data-testid=log-vitals]")).Count == 1);
        }

        family.Open(booking);
        var visit = family.Find("[data-testid=visit]").Text;
        Assert.Contains("Tanda vital: tekanan darah 130/85 mmHg", visit, StringComparison.Ordinal);
        Assert.DoesNotContain("gula darah", visit, StringComparison.Ordinal);
        Assert.DoesNotContain("–", visit, StringComparison.Ordinal);
        Assert.Contains("sampai 11.00", visit, StringComparison.Ordinal);
        Assert.Contains(start.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id")) + " 09.00 WITA", visit, StringComparison.Ordinal);
        Assert.Null(PhoneWidth.Wider(family));
        family.ScrollTo("[data-testid=visit]");
        family.Screenshot("visit-log-measured-vitals-phone");
        Assert.Empty(family.AccessibilityViolations());
    }
}
