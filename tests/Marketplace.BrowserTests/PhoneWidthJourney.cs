using Marketplace.Application.Listings;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
    public void EveryOtherPageOfACaregiver_FitsASmallPhone()
    {
        using var phone = PhoneWidth.Open(app.Address);
        phone.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);

        var overflowing = PhoneWidth.Overflowing(phone, "caregiver",
            "/account", "/bookings", "/caregiver/schedule", "/caregiver/schedule?month=" + DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            "/care-manager", "/caregiver/affiliations");

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
        var overflowing = PhoneWidth.Overflowing(visitor, "visitor", [.. shared, "/account/login", "/account/register", "/account/check-email", "/account/confirm-email", "/tidak-ada"]).ToList();

        using var family = PhoneWidth.Open(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        overflowing.AddRange(PhoneWidth.Overflowing(family, "family",
            [.. shared, "/account", "/bookings", "/family/recipients", $"/bookings/new?caregiverId={caregiver}"]));

        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
    }

    [Fact]
    public async Task EveryPageOfAnEnterpriseAndAnAdmin_FitsASmallPhone()
    {
        var clinic = await DemoIdAsync(db => db.Listings.Where(l => l.Kind == ListingKind.MobileClinic).Select(l => l.Id));
        using var enterprise = PhoneWidth.Open(app.Address);
        enterprise.SignIn(DemoDataSeeder.EnterpriseEmail, MarketplaceAppFactory.DemoPassword);
        var overflowing = PhoneWidth.Overflowing(enterprise, "enterprise",
            "/enterprise", "/bookings", $"/enterprise/listings/{clinic}", "/enterprise/listings/new?kind=HomeCare",
            "/enterprise/listings/new?kind=Daycare", "/enterprise/listings/new?kind=MobileClinic").ToList();

        using var admin = PhoneWidth.Open(app.Address);
        admin.SignIn(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);
        overflowing.AddRange(PhoneWidth.Overflowing(admin, "admin", "/admin/verification", "/admin/care-managers", "/admin/dead-letters"));

        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
    }

    private Task<Guid> DemoIdAsync(Func<MarketplaceDbContext, IQueryable<Guid>> query) =>
        app.InScopeAsync(services => query(services.GetRequiredService<MarketplaceDbContext>()).FirstAsync());
}
