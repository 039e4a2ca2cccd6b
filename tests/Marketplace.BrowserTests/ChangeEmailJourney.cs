using System.Text.RegularExpressions;
using Marketplace.TestSupport;

namespace Marketplace.BrowserTests;

/// <summary>
/// A family moves their account to a new address at phone width: from their account page to the form, a wrong password
/// told plainly, the "check your email" page, the link from the new mailbox, and back on their account with the new address.
/// </summary>
public sealed partial class ChangeEmailJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public async Task AFamily_ChangesTheirAddress_WithTheLinkSentToTheNewOne()
    {
        var family = await app.NewAccountAsync("family");
        var email = (await (await family.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString()!;
        var newEmail = $"alamat-baru-{Guid.NewGuid():N}@contoh.id";
        using var browser = PhoneWidth.Open(app.Address);
        browser.SignIn(email, Accounts.Password);

        browser.Find("[data-testid=change-email]").Click();
        browser.WaitForPath("/account/email");
        Assert.Contains(email, browser.Find("main").Text, StringComparison.Ordinal);
        Assert.Null(PhoneWidth.OverflowingNow(browser, "family", "account-email"));
        Assert.Empty(browser.AccessibilityViolations());

        browser.Fill("#NewEmail", newEmail);
        browser.Fill("#Password", "bukan kata sandi saya");
        browser.Submit("/account/email");
        browser.WaitUntil(() => browser.Find("#Password-error").Text.Contains("Ini bukan kata sandi akun Anda.", StringComparison.Ordinal));
        Assert.Null(PhoneWidth.OverflowingNow(browser, "family", "account-email-wrong-password"));
        Assert.Empty(browser.AccessibilityViolations());

        browser.Fill("#Password", Accounts.Password);
        browser.Submit("/account/email");
        browser.WaitUntil(() => browser.Find("[data-testid=check-email]").Text.Contains(newEmail, StringComparison.Ordinal));
        Assert.Null(PhoneWidth.OverflowingNow(browser, "family", "account-email-sent"));
        Assert.Empty(browser.AccessibilityViolations());

        var link = await Eventually.FoundAsync(
            () => Task.FromResult(app.MailTo(newEmail).Select(mail => Link().Match(mail)).FirstOrDefault(match => match.Success)?.Groups["path"].Value),
            $"no change link reached {newEmail}");
        browser.Open(link);
        Assert.Contains(newEmail, browser.Find("main").Text, StringComparison.Ordinal);
        Assert.Null(PhoneWidth.OverflowingNow(browser, "family", "account-change-email"));
        Assert.Empty(browser.AccessibilityViolations());

        browser.Submit("/account/change-email");
        browser.WaitForPath("/account");
        browser.WaitForNotice(newEmail);
        Assert.Contains(newEmail, browser.Find(".details").Text, StringComparison.Ordinal);
        Assert.Null(PhoneWidth.OverflowingNow(browser, "family", "account-email-changed"));
        Assert.Empty(browser.AccessibilityViolations());

        browser.Open(link);
        Assert.NotEmpty(browser.Find("[data-testid=problem]").Text);
        Assert.Null(PhoneWidth.OverflowingNow(browser, "family", "account-change-email-used"));
        Assert.Empty(browser.AccessibilityViolations());
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/account/change-email\?\S+)")]
    private static partial Regex Link();
}
