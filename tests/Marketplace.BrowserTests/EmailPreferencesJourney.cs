using Marketplace.Application.Notifications.Preferences;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>
/// On a phone, the demo caregiver turns reminder emails off from her account page; the demo family stops visit-log
/// emails with the link of such an email, without signing in, after a page that only asks.
/// </summary>
public sealed class EmailPreferencesJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public async Task ACaregiver_TurnsRemindersOff_AndAFamily_StopsVisitLogEmails_WithTheLinkInOne()
    {
        using (var caregiver = PhoneWidth.Open(app.Address))
        {
            caregiver.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
            caregiver.Open("/account");
            caregiver.Find("a[href='/account/email-preferences']").Click();
            caregiver.WaitForPath("/account/email-preferences");
            Assert.True(caregiver.Find("#Reminders").Selected);
            Assert.Null(PhoneWidth.OverflowingNow(caregiver, "caregiver", "email-preferences"));
            Assert.Empty(caregiver.AccessibilityViolations());

            caregiver.Find("label[for=Reminders]").Click();
            caregiver.Submit("/account/email-preferences");
            caregiver.WaitForNotice("Pilihan email Anda tersimpan");
            Assert.False(caregiver.Find("#Reminders").Selected);
            Assert.True(caregiver.Find("#VisitLogs").Selected);
        }

        var link = app.Services.GetRequiredService<IUnsubscribeLinks>().LinkFor(await FamilyIdAsync(), OptionalEmail.VisitLogs);
        using var mailbox = PhoneWidth.Open(app.Address);
        mailbox.Open(link.PathAndQuery);
        Assert.Contains("catatan kunjungan", mailbox.Find("main").Text, StringComparison.Ordinal);
        Assert.Null(PhoneWidth.OverflowingNow(mailbox, "visitor", "unsubscribe-ask"));
        Assert.Empty(mailbox.AccessibilityViolations());

        mailbox.Find("form[action^='/email/unsubscribe/'] button").Click();
        mailbox.WaitUntil(() => mailbox.Driver.FindElements(By.CssSelector("[data-testid=notice]")).Count == 1);
        Assert.Contains("tidak akan menerima kabar catatan kunjungan", mailbox.Find("[data-testid=notice]").Text, StringComparison.Ordinal);
        Assert.Null(PhoneWidth.OverflowingNow(mailbox, "visitor", "unsubscribe-done"));
        Assert.Empty(mailbox.AccessibilityViolations());
    }

    private Task<Guid> FamilyIdAsync() =>
        app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().Users
            .Where(u => u.Email == DemoDataSeeder.FamilyEmail).Select(u => u.Id).SingleAsync());
}
