using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>
/// An admin sets up a sponsor programme for home care in Makassar on the pages and records the demo family as eligible;
/// the family, paying its accepted visit, is offered the programme's share and pays only the rest; the admin reads the
/// programme's budget and statement. Once the visit is given and the family's cash received, the caregiver saves the
/// bank account payouts go to, and the admin pays her the sponsor's part (less the commission) in a payout batch. All at
/// phone width.
/// </summary>
public sealed class SponsorJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public async Task AnAdminSetsUpAProgramme_TheFamilyPaysOnlyItsShare_AndTheCaregiverIsPaidTheRestInAPayout()
    {
        using var admin = PhoneWidth.Open(app.Address);
        admin.SignIn(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);
        admin.Find("a[href='/admin/sponsors']").Click();
        admin.WaitForPath("/admin/sponsors");
        Assert.Contains("Belum ada program sponsor", admin.Find("[data-testid=empty]").Text, StringComparison.Ordinal);
        admin.Find("a[href='/admin/sponsors/new']").Click();
        admin.WaitForPath("/admin/sponsors/new");
        admin.Fill("#Name", "Bantuan Lansia Makassar");
        admin.Fill("#Funder", "Dinas Sosial Kota Makassar");
        admin.Fill("#BudgetIdr", "5.000.000");
        admin.Fill("#SharePercent", "40");
        admin.Choose("#AreaCodes", "73.71");
        admin.Screenshot("sponsor-new-phone");
        Assert.Empty(admin.AccessibilityViolations());
        Assert.Null(PhoneWidth.Wider(admin));
        admin.Submit("/admin/sponsors/new");
        admin.WaitForNotice("Program sponsor disimpan");
        var programme = new Uri(admin.Driver.Url).AbsolutePath;

        admin.Fill("#Email", DemoDataSeeder.FamilyEmail);
        admin.Fill("#EvidenceReference", "DTKS 7371100101500001");
        admin.Submit($"{programme}/eligible");
        admin.WaitForNotice("Keluarga dicatat sebagai penerima");
        Assert.Contains(DemoDataSeeder.FamilyEmail, admin.Find("[data-testid=eligible]").Text, StringComparison.Ordinal);
        Assert.Equal("Rp 5.000.000", admin.Find("[data-testid=available]").Text);
        admin.Screenshot("sponsor-programme-phone");
        Assert.Empty(admin.AccessibilityViolations());
        Assert.Null(PhoneWidth.Wider(admin));

        var caregiverId = await app.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            return db.Caregivers.Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == DemoDataSeeder.CaregiverEmail)).Select(c => c.Id).SingleAsync();
        });
        var start = TestBookings.Next(DayOfWeek.Friday, 9);
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
        var offers = family.Find("[data-testid=sponsor-offers]");
        Assert.Contains("Bantuan Lansia Makassar (Dinas Sosial Kota Makassar) membayar", offers.Text, StringComparison.Ordinal);
        Assert.True(family.Find("input[name=sponsorProgrammeId]").Selected);
        family.ScrollTo("[data-testid=sponsor-offers]");
        family.Screenshot("sponsor-offer-phone");
        Assert.Empty(family.AccessibilityViolations());
        Assert.Null(PhoneWidth.Wider(family));

        family.Submit($"{booking}/pay");
        family.WaitForNotice("Pesanan dikonfirmasi");
        var sponsorShare = family.Find("[data-testid=sponsor-share]").Text;
        Assert.Contains("Bantuan Lansia Makassar", sponsorShare, StringComparison.Ordinal);
        Assert.Equal(family.Find("[data-testid=family-share]").Text, family.Find("[data-testid=payment-outstanding]").Text);
        family.ScrollTo("[data-testid=sponsor-share]");
        family.Screenshot("sponsor-paid-phone");
        Assert.Empty(family.AccessibilityViolations());

        admin.Open(programme);
        var held = admin.Find("[data-testid=held]").Text;
        Assert.StartsWith(held, sponsorShare, StringComparison.Ordinal);
        admin.Find($"a[href='{programme}/statement']").Click();
        admin.WaitForPath($"{programme}/statement");
        Assert.Equal(held, admin.Find("[data-testid=reserved]").Text);
        Assert.Single(admin.Driver.FindElements(By.CssSelector("[data-testid=lines] tbody tr")));
        admin.Screenshot("sponsor-statement-phone");
        Assert.Empty(admin.AccessibilityViolations());
        Assert.Null(PhoneWidth.Wider(admin));

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
            caregiver.Submit($"{booking}/payment-received");
            caregiver.WaitForNotice("Pembayaran dicatat");
        }

        family.Open(booking);
        family.Find("[data-testid=receipt-link]").Click();
        family.WaitForPath($"{booking}/receipt");
        Assert.Equal(("Rp 0", sponsorShare.Split(' ')[0] + " " + sponsorShare.Split(' ')[1]),
            (family.Find("[data-testid=receipt-outstanding]").Text, family.Find("[data-testid=receipt-sponsor]").Text));
        Assert.Null(PhoneWidth.Wider(family));
        family.Screenshot("receipt-phone");
        Assert.Empty(family.AccessibilityViolations());

        caregiver.Open("/earnings");
        caregiver.Fill("#BankName", "BRI");
        caregiver.Fill("#AccountNumber", "12ab");
        caregiver.Fill("#AccountHolder", "Sitti Aminah");
        caregiver.Submit("/earnings/payout-account");
        caregiver.WaitUntil(() => caregiver.Driver.FindElements(By.CssSelector("#AccountNumber-error, [data-valmsg-for=AccountNumber]")).Any(e => e.Text.Length > 0));
        caregiver.ScrollTo("#AccountNumber");
        caregiver.Screenshot("payout-account-refused-phone");
        Assert.Empty(caregiver.AccessibilityViolations());
        caregiver.Fill("#AccountNumber", "0123 01 000123 30 1");
        caregiver.Submit("/earnings/payout-account");
        caregiver.WaitForNotice("Rekening pencairan disimpan");
        var dueToHer = caregiver.Find("[data-testid=due-to-you]").Text;
        Assert.NotEqual("Rp 0", dueToHer);

        admin.Open("/account");
        admin.Find("a[href='/admin/payouts']").Click();
        admin.WaitForPath("/admin/payouts");
        admin.Submit("/admin/payouts/run");
        admin.WaitForNotice("Pencairan dibuat");
        Assert.Equal(dueToHer, admin.Find("[data-testid=batch-total]").Text);
        Assert.Contains("BRI 012301000123301", admin.Find("[data-testid=lines]").Text, StringComparison.Ordinal);
        admin.Screenshot("payout-batch-phone");
        Assert.Empty(admin.AccessibilityViolations());
        Assert.Null(PhoneWidth.Wider(admin));
        var batch = new Uri(admin.Driver.Url).AbsolutePath;
        admin.Submit($"{batch}/paid");
        admin.WaitForNotice("ditandai dibayar");
        Assert.Equal("Sudah dibayar", admin.Find("[data-testid=batch-status]").Text);

        caregiver.Open("/earnings");
        Assert.Equal((dueToHer, "Rp 0"), (caregiver.Find("[data-testid=paid-out]").Text, caregiver.Find("[data-testid=due-to-you]").Text));
        caregiver.Screenshot("payout-earnings-phone");
        Assert.Empty(caregiver.AccessibilityViolations());
    }
}
