using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>An enterprise registers, lists its services, plans clinic stops, invites caregivers and reads its revenue per listing.</summary>
public sealed class EnterpriseJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public void AVerifiedEnterprise_DraftsADaycare_FixesWhatTheFormPointsOut_AndPublishesIt()
    {
        using var browser = new Browser(app.Address);
        browser.SignIn(DemoDataSeeder.EnterpriseEmail, MarketplaceAppFactory.DemoPassword);
        browser.Find("a[href='/enterprise']").Click();
        browser.WaitForPath("/enterprise");
        Assert.Empty(browser.AccessibilityViolations());

        browser.Find("a[href='/enterprise/listings/new?kind=Daycare']").Click();
        browser.WaitForPath("/enterprise/listings/new");
        browser.Fill("#Title", "Penitipan Ceria Tamalate");
        browser.Choose("#AreaCode", "73.71.10");
        browser.Fill("#AddressLine", "Jl. Daeng Tata Raya No. 40");
        browser.Fill("#Lat", "-5.1801");
        browser.Fill("#Lon", "119,4105");
        browser.Find("#day-Monday").Click();
        browser.Find("#day-Wednesday").Click();
        browser.SetValue("#Opens", "08:00");
        browser.SetValue("#Closes", "07:00");
        browser.Fill("#PlacesPerDay", "10");
        browser.Fill("#MinAgeYears", "3");
        browser.Fill("#MaxAgeYears", "9");
        browser.Find("#SupportedNeeds-autism").Click();
        browser.Find("#AccessibilityFeatures-quiet-room").Click();
        browser.Fill("#PricePerDayIdr", "Rp 75.000");
        browser.Submit("/enterprise/listings/new");
        browser.WaitForProblem("Jam tutup harus setelah jam buka.");
        browser.Screenshot("enterprise-daycare-form-errors-phone");
        Assert.Empty(browser.AccessibilityViolations());

        browser.SetValue("#Closes", "15:00");
        browser.Submit("/enterprise/listings/new");
        browser.WaitForNotice("Draf layanan tersimpan");
        Assert.Contains("Draf", browser.Find("[data-testid=status]").Text, StringComparison.Ordinal);
        Assert.Contains("Rp 75.000", browser.Find(".details").Text, StringComparison.Ordinal);

        browser.Find("form[action$='/publish'] button").Click();
        browser.WaitForNotice("Layanan sudah terbit");
        Assert.Contains("Terbit", browser.Find("[data-testid=status]").Text, StringComparison.Ordinal);
        browser.Screenshot("enterprise-daycare-published-phone");
        Assert.Empty(browser.AccessibilityViolations());
    }

    [Fact]
    public void AnEnterprise_ReadsItsRevenuePerListing_AtPhoneWidth()
    {
        using var browser = PhoneWidth.Open(app.Address);
        browser.SignIn(DemoDataSeeder.EnterpriseEmail, MarketplaceAppFactory.DemoPassword);
        browser.Open("/enterprise");
        browser.Find("[data-testid=revenue-link]").Click();
        browser.WaitForPath("/enterprise/revenue");
        Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("[data-testid=listings] tbody tr")));
        Assert.Null(PhoneWidth.Wider(browser));
        browser.Screenshot("enterprise-revenue-phone");
        Assert.Empty(browser.AccessibilityViolations());
    }

    [Fact]
    public void AnEnterprise_DraftsAMobileClinic_AndAddsAStopCutIntoSlots()
    {
        using var browser = new Browser(app.Address);
        browser.SignIn(DemoDataSeeder.EnterpriseEmail, MarketplaceAppFactory.DemoPassword);
        browser.Open("/enterprise/listings/new?kind=MobileClinic");
        browser.Fill("#Title", "Klinik Keliling Lansia Tamalate");
        browser.Choose("#AreaCode", "73.71.10");
        browser.Find("#Services-blood-pressure-check").Click();
        browser.Find("#Services-wound-care").Click();
        browser.Fill("#PricePerVisitIdr", "0");
        browser.Submit("/enterprise/listings/new");
        browser.WaitForNotice("Draf layanan tersimpan");
        Assert.Single(browser.Driver.FindElements(By.CssSelector("[data-testid=no-stops]")));

        browser.Fill("#PlaceName", "Posyandu Lansia Mannuruki");
        browser.Fill("#Lat", "-5.1702");
        browser.Fill("#Lon", "119.4260");
        browser.SetValue("#Date", DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        browser.SetValue("#Start", "08:00");
        browser.SetValue("#End", "10:00");
        browser.Fill("#SlotMinutes", "20");
        browser.Fill("#CapacityPerSlot", "3");
        browser.Find("form[action$='/stops'] button[type=submit]").Click();
        browser.WaitForNotice("Persinggahan ditambahkan");

        Assert.Contains("6 sesi × 20 menit, 3 orang per sesi", browser.Find("[data-testid=slots]").Text, StringComparison.Ordinal);
        browser.Screenshot("enterprise-clinic-stop-phone");
        Assert.Empty(browser.AccessibilityViolations());
    }

    [Fact]
    public void AnEnterprise_InvitesACaregiverByEmail()
    {
        using var browser = new Browser(app.Address);
        browser.SignIn(DemoDataSeeder.EnterpriseEmail, MarketplaceAppFactory.DemoPassword);
        browser.Open("/enterprise");
        var affiliates = browser.Driver.FindElements(By.CssSelector("[data-testid=affiliate]")).Count;

        browser.Fill("#caregiverEmail", "pendamping-09@demo.peduli.test");
        browser.Submit("/enterprise/invitations");
        browser.WaitForNotice("Undangan dikirim ke pendamping-09@demo.peduli.test.");
        Assert.Equal(affiliates + 1, browser.Driver.FindElements(By.CssSelector("[data-testid=affiliate]")).Count);

        browser.Fill("#caregiverEmail", "bukan.pendamping@contoh.id");
        browser.Submit("/enterprise/invitations");
        browser.WaitForProblem("Tidak ada akun pendamping dengan email ini.");
    }

    [Fact]
    public async Task ANewEnterprise_Registers_AndCannotPublishBeforeItIsVerified()
    {
        using var browser = new Browser(app.Address);
        var email = $"lks-{Guid.NewGuid():N}@contoh.id";
        browser.Open("/account/register");
        browser.Fill("#FullName", "Nurhayati Daeng Kebo");
        browser.Fill("#Email", email);
        browser.Fill("#Password", "kata sandi yang panjang");
        browser.Find("#role-enterprise").Click();
        browser.Submit("/account/register");
        browser.WaitForPath("/account/check-email");
        browser.ConfirmByEmailedLink(await app.ConfirmationLinkAsync(email), "kata sandi yang panjang");
        browser.Find("a[href='/enterprise']").Click();
        browser.WaitForPath("/enterprise");
        Assert.Empty(browser.AccessibilityViolations());

        browser.Fill("#Name", "LKS Harapan Bulukumba");
        browser.Fill("#RegistrationNumber", "LKS-7302-0011");
        browser.Submit("/enterprise");
        browser.WaitUntil(() => browser.Find("#AreaCode").GetAttribute("class")!.Contains("input-validation-error", StringComparison.Ordinal));
        browser.Screenshot("enterprise-register-errors-phone");

        browser.Choose("#AreaCode", "73.02");
        browser.Submit("/enterprise");
        browser.WaitForNotice("menunggu verifikasi");
        Assert.Contains("terverifikasi", browser.Find("[data-testid=invite-after-verification]").Text, StringComparison.Ordinal);

        browser.Open("/enterprise/listings/new?kind=HomeCare");
        browser.Fill("#Title", "Pendampingan Lansia Bulukumba");
        browser.Choose("#AreaCode", "73.02");
        browser.Submit("/enterprise/listings/new");
        browser.WaitForNotice("Draf layanan tersimpan");
        browser.Find("form[action$='/publish'] button").Click();
        browser.WaitForProblem("Hanya lembaga terverifikasi yang dapat menerbitkan layanan.");
        browser.Screenshot("enterprise-unverified-publish-phone");
        Assert.Empty(browser.AccessibilityViolations());
    }
}
