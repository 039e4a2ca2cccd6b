using Marketplace.Application.Listings;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

public sealed class PlaceBookingJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public async Task AFamily_BooksTwoDaycareDaysForTheirDaughter_AndSeesThePlacesTaken()
    {
        var daycare = await DemoListingIdAsync(ListingKind.Daycare);
        using var family = new Browser(app.Address);
        family.Open($"/listings/{daycare}");
        Assert.Contains("Masuk dengan akun keluarga", family.Find("form").Text, StringComparison.Ordinal);

        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        family.Open($"/listings/{daycare}");
        family.Choose("#RecipientId", await RecipientIdAsync("Nabila"));
        family.Find("form[action$='/book'] button[type=submit]").Click();
        family.WaitForProblem("Pilih paling sedikit satu hari");
        Assert.Empty(family.AccessibilityViolations());

        var days = family.Driver.FindElements(By.CssSelector("[data-testid=place] input"));
        var firstDay = days[0].GetAttribute("id");
        days[0].Click();
        family.Driver.FindElements(By.CssSelector("[data-testid=place] input"))[1].Click();
        family.Screenshot("daycare-places-phone");
        family.Find("form[action$='/book'] button[type=submit]").Click();
        family.WaitForNotice("Tempat sudah dipesan");
        Assert.Equal("Diterima", family.Find("[data-testid=status]").Text);
        Assert.Equal(2, family.Driver.FindElements(By.CssSelector("[data-testid=visit]")).Count);
        family.Screenshot("daycare-booked-phone");
        Assert.Empty(family.AccessibilityViolations());

        family.Open($"/listings/{daycare}");
        Assert.Contains("11 dari 12 tempat kosong", family.Find($"label[for='{firstDay}']").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFamily_BooksAClinicSlotForTheirMother()
    {
        var clinic = await DemoListingIdAsync(ListingKind.MobileClinic);
        using var family = new Browser(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        family.Open($"/listings/{clinic}");
        family.Find("[data-testid=place] input[type=radio]").Click();
        family.Screenshot("clinic-slots-phone");
        Assert.Empty(family.AccessibilityViolations());
        family.Find("form[action$='/book'] button[type=submit]").Click();

        family.WaitForNotice("Tempat sudah dipesan");
        Assert.Contains("Rp 25.000", family.Driver.PageSource, StringComparison.Ordinal);
    }

    private Task<Guid> DemoListingIdAsync(ListingKind kind) => app.InScopeAsync(services =>
        services.GetRequiredService<MarketplaceDbContext>().Listings.Where(l => l.Kind == kind && l.Status == ListingStatus.Published)
            .Select(l => l.Id).FirstAsync());

    private Task<string> RecipientIdAsync(string name) => app.InScopeAsync(async services =>
        (await services.GetRequiredService<MarketplaceDbContext>().Families.SelectMany(f => f.Recipients).Where(r => r.Name == name)
            .Select(r => r.Id).FirstAsync()).ToString());
}
