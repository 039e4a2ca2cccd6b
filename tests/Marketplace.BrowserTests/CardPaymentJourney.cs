using System.Net;
using System.Net.Sockets;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>
/// A family pays an accepted visit by card: from the booking page to the card processor's checkout page (the fake
/// Stripe's) and back, after a declined card and a wait, to a booking confirmed with the price held on the card; once the
/// visit is given the card is charged, and an admin refunds part of it. At phone width.
/// </summary>
public sealed class CardPaymentJourney(ServedStripeApp app) : IClassFixture<ServedStripeApp>
{
    [Fact]
    public async Task TheFamilyPaysByCard_AfterADeclinedCard_IsChargedWhenTheVisitIsGiven_AndAnAdminRefundsPart()
    {
        var caregiverId = await app.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            return db.Caregivers.Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == DemoDataSeeder.CaregiverEmail)).Select(c => c.Id).SingleAsync();
        });
        var start = TestBookings.Next(DayOfWeek.Wednesday, 10);
        using var family = PhoneWidth.Open(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        family.Open($"/bookings/new?caregiverId={caregiverId}&date={start:yyyy-MM-dd}&time=10:00&hours=2");
        family.Find("form[action='/bookings/new'] [data-testid=send]").Click();
        family.WaitForNotice("Permintaan terkirim");
        var booking = new Uri(family.Driver.Url).AbsolutePath;

        using var caregiver = PhoneWidth.Open(app.Address);
        caregiver.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        caregiver.Open(booking);
        caregiver.Submit($"{booking}/accept");
        caregiver.WaitForNotice("Pesanan diterima");

        // Paid the day before, the visit ends within a card authorisation's life: the price is held on the card at checkout.
        using (app.Clock.TravelTo(start.AddDays(-1)))
        {
            family.Open(booking);
            family.ScrollTo($"form[action='{booking}/pay']");
            family.Screenshot("payment-card-choose-phone");
            Assert.Empty(family.AccessibilityViolations());
            Assert.Null(PhoneWidth.Wider(family));

            // A declined card brings the family back to choose again.
            PayByCard(family, booking);
            family.Find("#decline").Click();
            family.WaitForPath(booking);
            Assert.Contains("Kartu Anda ditolak", family.Find("[data-testid=card-declined]").Text, StringComparison.Ordinal);
            family.ScrollTo("[data-testid=card-declined]");
            family.Screenshot("payment-card-declined-phone");
            Assert.Empty(family.AccessibilityViolations());

            // Back from the checkout page before the card service has answered, the family is told to wait.
            PayByCard(family, booking);
            var checkoutPage = family.Driver.Url;
            family.Open($"{booking}?payment=card");
            Assert.Contains("menunggu konfirmasi kartu", family.Find("[data-testid=card-waiting]").Text, StringComparison.Ordinal);
            family.ScrollTo("[data-testid=card-waiting]");
            family.Screenshot("payment-card-waiting-phone");
            Assert.Empty(family.AccessibilityViolations());

            family.Driver.Navigate().GoToUrl(checkoutPage);
            family.Find("#authorise").Click();
            family.WaitForPath(booking);
            Assert.Equal("Dikonfirmasi", family.Find("[data-testid=status]").Text);
            Assert.Equal("Ditahan di kartu", family.Find("[data-testid=payment-status]").Text);
            Assert.Contains("Kartu (melalui Stripe)", family.Find("#payment-title + dl").Text, StringComparison.Ordinal);
            family.ScrollTo("[data-testid=payment-status]");
            family.Screenshot("payment-card-held-phone");
            Assert.Empty(family.AccessibilityViolations());
        }

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

            // The outbox captures the card when the care is over.
            family.WaitUntil(() =>
            {
                family.Open(booking);
                return family.Find("[data-testid=payment-status]").Text == "Lunas";
            });
        }

        using var admin = PhoneWidth.Open(app.Address);
        admin.SignIn(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);
        admin.Open(booking);
        admin.ScrollTo($"form[action='{booking}/refund']");
        admin.Screenshot("payment-card-refund-phone");
        Assert.Empty(admin.AccessibilityViolations());
        admin.Fill("#RefundAmountIdr", "50.000");
        admin.Submit($"{booking}/refund");
        admin.WaitForNotice("Dana dikembalikan");
        Assert.Equal("Rp 50.000", admin.Find("[data-testid=payment-refunded]").Text);
        Assert.Null(PhoneWidth.Wider(admin));
    }

    [Fact]
    public async Task CareEndingWeeksAhead_SavesTheFamilysCard_AndTheBookingSaysWhenItWillBeHeld()
    {
        var caregiverId = await app.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            return db.Caregivers.Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == DemoDataSeeder.CaregiverEmail)).Select(c => c.Id).SingleAsync();
        });
        var start = TestBookings.Next(DayOfWeek.Thursday, 14);
        using var family = PhoneWidth.Open(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        family.Open($"/bookings/new?caregiverId={caregiverId}&date={start:yyyy-MM-dd}&time=14:00&hours=2");
        family.Find("#Repeats").Click();
        family.Choose("#Weeks", "4");
        family.Find("form[action='/bookings/new'] [data-testid=send]").Click();
        family.WaitForNotice("Permintaan terkirim");
        var booking = new Uri(family.Driver.Url).AbsolutePath;

        using var caregiver = PhoneWidth.Open(app.Address);
        caregiver.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        caregiver.Open(booking);
        caregiver.Submit($"{booking}/accept");
        caregiver.WaitForNotice("Pesanan diterima");

        PayByCard(family, booking);
        Assert.Equal("Save your card", family.Find("h1").Text);
        family.Find("#authorise").Click();
        family.WaitForPath(booking);
        Assert.Equal("Dikonfirmasi", family.Find("[data-testid=status]").Text);
        Assert.Equal("Kartu tersimpan", family.Find("[data-testid=payment-status]").Text);
        Assert.Contains("sebelum kunjungan terakhir", family.Find("[data-testid=card-saved]").Text, StringComparison.Ordinal);
        Assert.Equal(4, family.Driver.FindElements(By.CssSelector("[data-testid=visit]")).Count);
        family.ScrollTo("[data-testid=card-saved]");
        family.Screenshot("payment-card-saved-phone");
        Assert.Empty(family.AccessibilityViolations());
        Assert.Null(PhoneWidth.Wider(family));

        caregiver.Open(booking);
        Assert.Equal("Kartu tersimpan", caregiver.Find("[data-testid=payment-status]").Text);
    }

    /// <summary>Presses "pay by card" on the booking and waits for the card processor's checkout page.</summary>
    private void PayByCard(Browser family, string booking)
    {
        family.Open(booking);
        family.Find($"form[action='{booking}/pay'] button[value=card]").Click();
        family.WaitUntil(() => new Uri(family.Driver.Url).Port == app.Stripe.BaseAddress.Port);
    }
}

/// <summary>
/// The demo app taking cards through the fake Stripe, served on a port chosen before it starts, so its public address
/// (where the checkout page sends the family back) is the address the browser uses.
/// </summary>
public sealed class ServedStripeApp() : StripeAppFactory(TestDatabase.Sqlite(), demoData: true), IAsyncLifetime
{
    private readonly int _port = FreeLoopbackPort();

    public Uri Address => new($"http://127.0.0.1:{_port}");

    public Task InitializeAsync()
    {
        ServeOnLoopback(_port);
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PublicUrl", Address.GetLeftPart(UriPartial.Authority));
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
