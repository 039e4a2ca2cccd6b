using Marketplace.Application.Notifications.Delivery;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.BrowserTests;

/// <summary>
/// Email to the demo family's address bounced: an admin finds the address among those email does not reach; the family
/// reads why on their account page, at phone width, and says their mailbox works again.
/// </summary>
public sealed class EmailDeliveryJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public async Task AFamilyWhoseEmailBounced_ReadsWhyOnTheirAccount_AndSaysItWorksAgain()
    {
        await app.InScopeAsync(async services =>
        {
            services.GetRequiredService<IUndeliverableAddresses>().Add(UndeliverableAddress.Report(
                DemoDataSeeder.FamilyEmail, UndeliverableReason.Bounced, "550 5.1.1 The email account that you tried to reach does not exist", Guid.NewGuid(), DateTimeOffset.UtcNow));
            return await services.GetRequiredService<MarketplaceDbContext>().SaveChangesAsync();
        });

        using (var admin = PhoneWidth.Open(app.Address))
        {
            admin.SignIn(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);
            admin.Find("a[href='/admin/email']").Click();
            admin.WaitForPath("/admin/email");
            Assert.Contains(DemoDataSeeder.FamilyEmail, admin.Find("[data-testid=undeliverable-address]").Text, StringComparison.OrdinalIgnoreCase);
            Assert.Null(PhoneWidth.OverflowingNow(admin, "admin", "email"));
            Assert.Empty(admin.AccessibilityViolations());
        }

        using var family = PhoneWidth.Open(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        family.Open("/account");
        Assert.Contains("tidak sampai", family.Find("[data-testid=email-delivery]").Text, StringComparison.Ordinal);
        Assert.Null(PhoneWidth.OverflowingNow(family, "family", "account-email-delivery"));
        Assert.Empty(family.AccessibilityViolations());

        family.Submit("/account/email-delivery/retry");
        family.WaitForNotice("mengirim email ke alamat Anda lagi");
        Assert.Empty(family.Driver.FindElements(OpenQA.Selenium.By.CssSelector("[data-testid=email-delivery]")));
        Assert.Empty(family.AccessibilityViolations());
    }
}
