using System.Text;
using Marketplace.Application.Listings;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>
/// Every page fits a small phone, 360 x 740: nothing reaches past the right edge of the screen, so no title,
/// date or button is cut off and nobody scrolls sideways (WCAG 1.4.10, reflow). Each role's pages are opened
/// as that person, since their forms (file uploads, rows of times) are what grew too wide.
/// </summary>
public sealed class PhoneWidthJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public void ACaregiversCertificatesProfileAndWorkingHours_FitASmallPhone()
    {
        using var phone = PhoneWidth.Open(app.Address);
        phone.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);

        var overflowing = PhoneWidth.Overflowing(phone, "caregiver",
            "/caregiver/certificates", "/caregiver/profile", "/caregiver/availability");

        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
    }

    [Fact]
    public void ACaregiversUploadForms_WithAPhoto_ALongCertificate_AndARefusalBesideTheFileInput_InBothLanguages_FitASmallPhone()
    {
        using var phone = PhoneWidth.Open(app.Address);
        phone.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        var folder = Directory.CreateTempSubdirectory("peduli-phone-").FullName;
        var photo = Path.Combine(folder, "foto.jpg");
        File.WriteAllBytes(photo, PhonePhotos.Jpeg(400, 300));
        var notAPicture = Path.Combine(folder, "bukan-foto.jpg");
        File.WriteAllBytes(notAPicture, Encoding.UTF8.GetBytes("<html>bukan foto</html>"));
        phone.Open("/caregiver/profile");
        phone.Find("#photo-file").SendKeys(photo);
        phone.Submit("/caregiver/profile/photo");
        phone.WaitUntil(() => phone.Driver.FindElements(By.CssSelector("[data-testid=photo]")).Count == 1);
        phone.Open("/caregiver/certificates");
        phone.Fill("#Title", "Sertifikat-Kompetensi-Pendamping-Lanjut-Usia-Tingkat-Madya");
        phone.Fill("#Number", "BNSP7371202601010000123456789");
        phone.Fill("#Issuer", "LembagaSertifikasiProfesiPekerjaSosialIndonesia");
        phone.SetValue("#IssuedOn", "2026-01-01");
        phone.SetValue("#ExpiresOn", "2029-01-01");
        phone.Submit("/caregiver/certificates");
        phone.WaitUntil(() => phone.Driver.FindElements(By.CssSelector("[data-testid=notice]")).Count == 1);
        var overflowing = new List<string?>();

        foreach (var language in new[] { "id", "en" })
        {
            phone.Open("/caregiver/profile");
            phone.Find($"button[name=culture][value={language}]").Click();
            phone.WaitUntil(() => phone.Find("html").GetAttribute("lang") == language);
            phone.Find("#photo-file").SendKeys(notAPicture);
            phone.Submit("/caregiver/profile/photo");
            phone.WaitUntil(() => phone.Find("#photo-file-error").Text.Length > 0);
            overflowing.Add(PhoneWidth.OverflowingNow(phone, "caregiver", $"caregiver-profile-photo-refused-{language}"));

            phone.Open("/caregiver/certificates");
            var card = phone.Find("[data-testid=certificate]");
            card.FindElement(By.CssSelector("input[type=file]")).SendKeys(notAPicture);
            card.FindElement(By.CssSelector(".upload-form button")).Click();
            phone.WaitUntil(() => phone.Find("[data-testid=file-error]").Text.Length > 0);
            overflowing.Add(PhoneWidth.OverflowingNow(phone, "caregiver", $"caregiver-certificates-scan-refused-{language}"));
        }

        var found = overflowing.OfType<string>().ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void EveryOtherPageOfACaregiver_FitsASmallPhone()
    {
        using var phone = PhoneWidth.Open(app.Address);
        phone.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);

        var overflowing = PhoneWidth.Overflowing(phone, "caregiver",
            "/account", "/bookings", "/caregiver/schedule", "/caregiver/schedule?month=" + DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            "/earnings", "/care-manager", "/caregiver/affiliations");

        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
    }

    [Fact]
    public async Task EveryPageOfAVisitorAndAFamily_FitsASmallPhone()
    {
        var daycare = await DemoIdAsync(db => db.Listings.Where(l => l.Kind == ListingKind.Daycare).Select(l => l.Id));
        var caregiver = await DemoIdAsync(db => db.Caregivers.Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == DemoDataSeeder.CaregiverEmail)).Select(c => c.Id));
        var monday = TestBookings.Next(DayOfWeek.Monday, 9).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string[] shared =
        [
            "/", "/search", $"/search?Place=-5.1477%2C119.4327&RadiusKm=25&VisitDate={monday}&VisitTime=09%3A00&VisitHours=2",
            "/search/services", "/search/services?Place=-5.1477%2C119.4327&RadiusKm=50&Kind=Daycare", $"/listings/{daycare}",
            $"/caregivers/{caregiver}?date={monday}&time=09:00&hours=2",
        ];
        using var visitor = PhoneWidth.Open(app.Address);
        var overflowing = PhoneWidth.Overflowing(visitor, "visitor", [.. shared, "/account/login", "/account/register", "/account/check-email", "/account/confirm-email", "/account/forgot-password", "/account/reset-password?email=keluarga%40peduli.test&token=x", "/tidak-ada"]).ToList();

        using var family = PhoneWidth.Open(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        overflowing.AddRange(PhoneWidth.Overflowing(family, "family",
            [.. shared, "/account", "/notifications", "/bookings", "/family/recipients", $"/bookings/new?caregiverId={caregiver}"]));

        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
    }

    [Fact]
    public async Task EveryPageOfAnEnterpriseAndAnAdmin_FitsASmallPhone()
    {
        var clinic = await DemoIdAsync(db => db.Listings.Where(l => l.Kind == ListingKind.MobileClinic).Select(l => l.Id));
        using var enterprise = PhoneWidth.Open(app.Address);
        enterprise.SignIn(DemoDataSeeder.EnterpriseEmail, MarketplaceAppFactory.DemoPassword);
        var overflowing = PhoneWidth.Overflowing(enterprise, "enterprise",
            "/enterprise", "/bookings", "/earnings", "/enterprise/revenue", $"/enterprise/listings/{clinic}", "/enterprise/listings/new?kind=HomeCare",
            "/enterprise/listings/new?kind=Daycare", "/enterprise/listings/new?kind=MobileClinic").ToList();

        using var admin = PhoneWidth.Open(app.Address);
        admin.SignIn(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);
        overflowing.AddRange(PhoneWidth.Overflowing(admin, "admin",
            "/account", "/admin/verification", "/admin/care-managers", "/admin/dead-letters", "/admin/email", "/admin/sponsors", "/admin/sponsors/new", "/admin/payouts"));

        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
    }

    private Task<Guid> DemoIdAsync(Func<MarketplaceDbContext, IQueryable<Guid>> query) =>
        app.InScopeAsync(services => query(services.GetRequiredService<MarketplaceDbContext>()).FirstAsync());
}
