using System.Globalization;
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
/// A family searches for a visit, sees the caregiver's photo and a line of her bio on the result, reads her page, presses
/// "Pesan" and finds the searched visit already in the form with its price and cancellation terms, changes the length and
/// works the price out again, and sends the request: at a phone's size and a desktop's, the booking by keyboard alone.
/// </summary>
public sealed class ProfileToBookingJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Theory]
    [InlineData("phone", DayOfWeek.Thursday)]
    [InlineData("desktop", DayOfWeek.Friday)]
    public async Task AFamily_GoesFromAResult_ToTheCaregiversPage_AndBooksTheVisitItSearchedFor_ByKeyboard(string screen, DayOfWeek day)
    {
        var (caregiverId, hourlyRate) = await DemoCaregiverAsync();
        UploadDemoCaregiversPhoto();
        var date = TestBookings.Next(day, 10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var family = screen == "phone" ? PhoneWidth.Open(app.Address) : new Browser(app.Address, 1280, 800);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);

        family.Open("/search");
        family.Choose("#RadiusKm", "25");
        family.SetValue("#VisitDate", date);
        family.SetValue("#VisitTime", "10:00");
        family.Choose("#VisitHours", "3");
        family.Find("form[role=search] button[type=submit]").Click();
        family.WaitUntil(() => family.Driver.FindElements(By.CssSelector($"[data-testid=hit] a[href^='/caregivers/{caregiverId}']")).Count > 0);
        var card = family.Driver.FindElements(By.CssSelector("[data-testid=hit]"))
            .Single(hit => hit.FindElements(By.CssSelector($"a[href^='/caregivers/{caregiverId}']")).Count > 0);
        Assert.Equal($"/api/v1/caregivers/{caregiverId}/photo", new Uri(card.FindElement(By.CssSelector("img[data-testid=caregiver-photo]")).GetAttribute("src")!).AbsolutePath);
        Assert.StartsWith("Pendamping bersertifikat dengan", card.FindElement(By.CssSelector("[data-testid=bio-line]")).Text, StringComparison.Ordinal);
        family.ScrollTo("#results-title");
        family.Screenshot($"search-results-cards-{screen}");
        Fits(family, screen);
        Assert.Empty(family.AccessibilityViolations());

        card.FindElement(By.CssSelector("[data-testid=profile-link]")).Click();
        family.WaitForPath($"/caregivers/{caregiverId}");
        Assert.Equal("Sitti Aminah", family.Find("h1").Text);
        Assert.NotEmpty(family.Driver.FindElements(By.CssSelector("[data-testid=certificates] li")));
        Assert.Equal("Belum ada ulasan untuk Sitti Aminah.", family.Find("[data-testid=reviews]").Text);
        Assert.Contains("selama 3 jam,", family.Find("[data-testid=searched-visit]").Text, StringComparison.Ordinal);
        family.Screenshot($"caregiver-page-{screen}");
        family.ScrollTo("#certificates-title");
        family.Screenshot($"caregiver-page-certificates-{screen}");
        Fits(family, screen);
        Assert.Empty(family.AccessibilityViolations());

        // From here on, only the keyboard.
        PressTabUntil(family, "[data-testid=book]");
        Press(family, Keys.Enter);
        family.WaitForPath("/bookings/new");
        Assert.Equal(date, family.Find("#Date").GetAttribute("value"));
        Assert.Equal("10:00", family.Find("#Time").GetAttribute("value"));
        Assert.Equal("3", family.Find("#Hours").GetAttribute("value"));
        Assert.Equal(Rupiah(hourlyRate * 3), family.Find("[data-testid=total]").Text);
        var lateCharge = Booking.LateCancellationCharge(Money.FromRupiah(hourlyRate * 3), app.Services.GetRequiredService<BookingPolicy>().LateCancellationPercent);
        Assert.Contains($"{lateCharge} per kunjungan", family.Find("[data-testid=terms]").Text, StringComparison.Ordinal);
        family.Screenshot($"booking-form-from-profile-{screen}");
        family.ScrollTo("[data-testid=price-button]");
        family.Screenshot($"booking-form-price-{screen}");
        Fits(family, screen);
        Assert.Empty(family.AccessibilityViolations());

        PressTabUntil(family, "#Hours");
        Press(family, Keys.ArrowDown);
        PressTabUntil(family, "[data-testid=price-button]");
        Press(family, Keys.Enter);
        family.WaitUntil(() => family.Find("[data-testid=total]").Text == Rupiah(hourlyRate * 4));
        Assert.Equal("4", family.Find("#Hours").GetAttribute("value"));
        family.ScrollTo("[data-testid=price-button]");
        family.Screenshot($"booking-form-priced-{screen}");
        Assert.Empty(family.AccessibilityViolations());

        PressTabUntil(family, "[data-testid=send]");
        Press(family, Keys.Enter);
        family.WaitForNotice("Permintaan terkirim");
        var visit = family.Find("[data-testid=visit]").Text;
        Assert.Contains("10.00 WITA", visit, StringComparison.Ordinal);
        Assert.Contains("sampai 14.00", visit, StringComparison.Ordinal);
    }

    /// <summary>Presses Tab until <paramref name="css"/> has the focus, and checks that the focus can be seen there.</summary>
    private static void PressTabUntil(Browser browser, string css)
    {
        var script = (IJavaScriptExecutor)browser.Driver;
        for (var presses = 0; presses < 120; presses++)
        {
            Press(browser, Keys.Tab);
            if (script.ExecuteScript("return document.activeElement.matches(arguments[0]);", css) is true)
            {
                var outline = (string)script.ExecuteScript("const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;")!;
                Assert.False(outline.StartsWith("none", StringComparison.Ordinal) || outline.EndsWith(" 0px", StringComparison.Ordinal), $"{css} has the focus but no outline");
                return;
            }
        }

        Assert.Fail($"{css} cannot be reached with the Tab key");
    }

    private static void Press(Browser browser, string key) => new Actions(browser.Driver).SendKeys(key).Perform();

    private static void Fits(Browser browser, string screen)
    {
        if (screen == "phone")
        {
            Assert.Null(PhoneWidth.Wider(browser));
        }
    }

    private static string Rupiah(long amount) => Money.FromRupiah(amount).ToString();

    /// <summary>The demo caregiver gives her page a photo, as her profile editor invites her to.</summary>
    private void UploadDemoCaregiversPhoto()
    {
        using var caregiver = new Browser(app.Address);
        caregiver.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        caregiver.Open("/caregiver/profile");
        var path = Path.Combine(Directory.CreateTempSubdirectory("peduli-photo-").FullName, "foto.png");
        File.WriteAllBytes(path, TestCaregivers.PngBytes);
        caregiver.Find("#photo-file").SendKeys(path);
        caregiver.Submit("/caregiver/profile/photo");
        caregiver.WaitForNotice("Foto profil sudah disimpan.");
    }

    private Task<(Guid Id, long HourlyRate)> DemoCaregiverAsync() => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<MarketplaceDbContext>();
        var caregiver = await db.Caregivers.SingleAsync(c => db.Users.Any(u => u.Id == c.UserId && u.Email == DemoDataSeeder.CaregiverEmail));
        return (caregiver.Id, caregiver.HourlyRate.Rupiah);
    });
}
