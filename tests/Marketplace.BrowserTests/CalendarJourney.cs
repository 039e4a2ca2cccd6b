using System.Globalization;
using System.Net.Http.Json;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>
/// A caregiver looks at her month and her week, with a visit and a day off, on a phone and on a desktop; the family
/// looks at its calendar. Every view fits the phone's width and breaks no WCAG 2.2 AA rule axe checks.
/// </summary>
public sealed class CalendarJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public async Task TheCaregiversMonthAndWeek_ShowTheVisitAndTheDayOff_AndTheFamilysCalendarTheVisit_OnAPhoneAndADesktop()
    {
        var caregiverApi = await app.CreateClient().SignInAsync(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        var familyApi = await app.CreateClient().SignInAsync(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        var caregiverId = (await (await caregiverApi.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("caregiverId").GetGuid();
        var recipient = (await (await familyApi.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync()).EnumerateArray()
            .First(r => r.GetProperty("kind").GetString() == "elder");
        var start = TestBookings.Next(DayOfWeek.Tuesday, 9);
        await familyApi.BookAsync(caregiverId, recipient.GetProperty("id").GetGuid(), start, hours: 2);
        var day = DateOnly.FromDateTime(start.DateTime);
        var dayOff = day.AddDays(2);
        await TakeDayOffAsync(caregiverApi, dayOff);
        var visitText = $"09.00–11.00 · {recipient.GetProperty("name").GetString()}";
        var month = $"/caregiver/schedule?month={day.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";

        using (var phone = PhoneWidth.Open(app.Address))
        {
            phone.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
            phone.Open(month);
            Assert.Contains(visitText, phone.Find("[data-testid=scheduled-visit]").Text, StringComparison.Ordinal);
            Assert.Equal("1", Cell(phone, day).FindElement(By.CssSelector(".calendar-count")).Text);
            Assert.Null(PhoneWidth.Wider(phone));
            Assert.Empty(phone.AccessibilityViolations());
            phone.Screenshot("calendar-caregiver-month-phone");

            phone.Find("[data-testid=other-view]").Click();
            phone.WaitUntil(() => phone.Driver.Url.Contains("week=", StringComparison.Ordinal));
            phone.Open($"/caregiver/schedule?week={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            Assert.Contains("Libur", Cell(phone, dayOff).Text, StringComparison.Ordinal);
            Assert.Contains("Libur sepanjang hari", phone.Find("[data-testid=time-off]").Text, StringComparison.Ordinal);
            Assert.Contains(visitText, phone.Find("[data-testid=scheduled-visit]").Text, StringComparison.Ordinal);
            Assert.Null(PhoneWidth.Wider(phone));
            Assert.Empty(phone.AccessibilityViolations());
            phone.Screenshot("calendar-caregiver-week-phone");
        }

        using (var desktop = new Browser(app.Address, 1280, 800))
        {
            desktop.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
            desktop.Open(month);
            var inCell = Cell(desktop, day).FindElement(By.CssSelector(".calendar-items a"));
            Assert.True(inCell.Displayed);
            Assert.Contains(recipient.GetProperty("name").GetString()!, inCell.Text, StringComparison.Ordinal);
            Assert.Empty(desktop.AccessibilityViolations());
            desktop.Screenshot("calendar-caregiver-month-desktop");
            desktop.Open($"/caregiver/schedule?week={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            Assert.Contains("Libur", Cell(desktop, dayOff).Text, StringComparison.Ordinal);
            Assert.Empty(desktop.AccessibilityViolations());
            desktop.Screenshot("calendar-caregiver-week-desktop");
        }

        using var family = PhoneWidth.Open(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        family.Open("/bookings");
        family.Find("a[href='/bookings/calendar']").Click();
        family.WaitForPath("/bookings/calendar");
        family.Open($"/bookings/calendar?month={day.ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
        Assert.Contains(visitText, family.Find("[data-testid=scheduled-visit]").Text, StringComparison.Ordinal);
        Assert.Null(PhoneWidth.Wider(family));
        Assert.Empty(family.AccessibilityViolations());
        family.Screenshot("calendar-family-month-phone");
    }

    private static IWebElement Cell(Browser browser, DateOnly day) =>
        browser.Find($"td[data-date='{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}']");

    /// <summary>Keeps the caregiver's weekly hours and adds <paramref name="day"/> off, all day.</summary>
    private static async Task TakeDayOffAsync(HttpClient caregiver, DateOnly day)
    {
        var availability = await (await caregiver.GetAsync("/api/v1/caregivers/me/availability")).ReadJsonAsync();
        var from = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await caregiver.PutAsJsonAsync("/api/v1/caregivers/me/availability", new
        {
            timeZone = availability.GetProperty("timeZone").GetString(),
            weekly = availability.GetProperty("weekly"),
            timeOff = new[] { new { from = $"{from}T00:00:00+08:00", to = $"{to}T00:00:00+08:00" } },
        })).EnsureSuccessStatusCode();
    }
}
