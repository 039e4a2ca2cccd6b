using System.Globalization;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>A family searches for a caregiver free at a time, presses "Pesan", and finds that time already in the request.</summary>
public sealed class SearchToBookingJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public void AFamily_BooksTheVisitTheySearchedFor_WithoutTypingItAgain()
    {
        var thursday = TestBookings.Next(DayOfWeek.Thursday, 10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var family = new Browser(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        family.Open("/search");
        family.Choose("#RadiusKm", "25");
        family.SetValue("#VisitDate", thursday);
        family.SetValue("#VisitTime", "10:00");
        family.Choose("#VisitHours", "3");
        family.Find("form[role=search] button[type=submit]").Click();
        family.WaitUntil(() => family.Driver.FindElements(By.CssSelector("[data-testid=book]")).Count > 0);

        family.Find("[data-testid=book]").Click();
        family.WaitForPath("/bookings/new");
        Assert.Equal(thursday, family.Find("#Date").GetAttribute("value"));
        Assert.Equal("10:00", family.Find("#Time").GetAttribute("value"));
        Assert.Equal("3", family.Find("#Hours").GetAttribute("value"));
        family.Screenshot("booking-form-from-search-phone");
        Assert.Empty(family.AccessibilityViolations());

        family.Find("form[action='/bookings/new'] [data-testid=send]").Click();
        family.WaitForNotice("Permintaan terkirim");
        var visit = family.Find("[data-testid=visit]").Text;
        Assert.Contains("10.00 WITA", visit, StringComparison.Ordinal);
        Assert.Contains("sampai 13.00", visit, StringComparison.Ordinal);
    }
}
