using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

public sealed class BookingJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public async Task AFamily_BooksAVisitForTheirMother_TheCaregiverAccepts_AndSeesItInTheirWeek()
    {
        var caregiverId = await DemoCaregiverIdAsync();
        var monday = TestBookings.Next(DayOfWeek.Monday, 9);

        using var family = new Browser(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        family.Open($"/bookings/new?caregiverId={caregiverId}");
        family.Find("form[action='/bookings/new'] [data-testid=send]").Click();
        family.WaitForProblem("Pilih tanggal dan jam kunjungan");
        Assert.Empty(family.AccessibilityViolations());

        family.SetValue("#Date", monday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        family.SetValue("#Time", "09:00");
        family.Choose("#Hours", "3");
        family.Screenshot("booking-form-phone");
        family.Find("form[action='/bookings/new'] [data-testid=send]").Click();
        family.WaitUntil(() => family.Find("[data-testid=status]").Text == "Menunggu jawaban");
        family.WaitForNotice("Permintaan terkirim");
        var bookingPath = new Uri(family.Driver.Url).AbsolutePath;
        family.Screenshot("booking-requested-phone");
        Assert.Empty(family.AccessibilityViolations());

        using var caregiver = new Browser(app.Address);
        caregiver.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        caregiver.Find("a[href='/bookings']").Click();
        caregiver.Find($"a[href='{bookingPath}']").Click();
        caregiver.Submit($"{bookingPath}/accept");
        caregiver.WaitForNotice("Pesanan diterima");
        Assert.Equal("Diterima", caregiver.Find("[data-testid=status]").Text);
        Assert.Empty(caregiver.AccessibilityViolations());

        caregiver.Open("/caregiver/schedule?week=" + monday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("09.00–12.00 · Hj. Sitti Rahmah", caregiver.Find("[data-testid=scheduled-visit]").Text, StringComparison.Ordinal);
        caregiver.Screenshot("caregiver-schedule-phone");
        Assert.Empty(caregiver.AccessibilityViolations());
        caregiver.Find("[data-testid=other-view]").Click();
        caregiver.WaitUntil(() => caregiver.Driver.Url.Contains("month=", StringComparison.Ordinal));
        Assert.Contains("Hj. Sitti Rahmah", caregiver.Find("[data-testid=scheduled-visit]").Text, StringComparison.Ordinal);
        Assert.Empty(caregiver.AccessibilityViolations());

        family.Open(bookingPath);
        family.Find("[data-testid=visit] summary").Click();
        family.SetValue("input[name=time]", "10:00");
        family.Find("[data-testid=visit] form button[type=submit]").Click();
        family.WaitUntil(() => family.Find("[data-testid=confirm-move]").Displayed);
        family.Find("[data-testid=confirm-move]").Click();
        family.WaitForNotice("Kunjungan dipindahkan");
        Assert.Contains("10.00", family.Find("[data-testid=visit] h3").Text, StringComparison.Ordinal);
        family.Screenshot("booking-moved-phone");
        Assert.Empty(family.AccessibilityViolations());

        family.Open("/bookings");
        Assert.Contains("Diterima", family.Find("[data-testid=booking]").Text, StringComparison.Ordinal);
        family.Screenshot("family-bookings-phone");
        Assert.Empty(family.AccessibilityViolations());
        Assert.NotEmpty(family.Driver.FindElements(By.CssSelector("[data-testid=booking]")));
    }

    private Task<Guid> DemoCaregiverIdAsync() => app.InScopeAsync(services =>
    {
        var db = services.GetRequiredService<MarketplaceDbContext>();
        return db.Caregivers.Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == DemoDataSeeder.CaregiverEmail)).Select(c => c.Id).SingleAsync();
    });
}
