using Marketplace.TestSupport;

namespace Marketplace.BrowserTests;

public sealed class AccountJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public void TheAdmin_SignsInWithTheLoginForm_AndSeesTheirRole()
    {
        using var browser = new Browser(app.Address);
        browser.Open("/account/login");
        Assert.Empty(browser.AccessibilityViolations());

        browser.SignIn(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);

        Assert.Equal("Admin verifikasi", browser.Find("[data-testid=roles]").Text);
        browser.Screenshot("account-admin-phone");
        Assert.Empty(browser.AccessibilityViolations());
    }

    [Fact]
    public void AWrongPassword_IsToldPlainly_AndStaysOnTheForm()
    {
        using var browser = new Browser(app.Address);
        browser.Open("/account/login");

        browser.Fill("#Email", MarketplaceAppFactory.AdminEmail);
        browser.Fill("#Password", "bukan kata sandinya");
        browser.Find("form[action='/account/login'] button[type=submit]").Click();

        browser.WaitUntil(() => browser.Find(".form-errors").Text.Contains("Email atau kata sandi tidak cocok", StringComparison.Ordinal));
        Assert.Equal("/account/login", new Uri(browser.Driver.Url).AbsolutePath);
    }

    [Fact]
    public async Task AFamily_SignsUp_AfterFixingWhatTheFormPointsOut_AndConfirmsTheAddressFromTheEmail()
    {
        using var browser = new Browser(app.Address);
        browser.Open("/account/register");
        Assert.Empty(browser.AccessibilityViolations());

        browser.Fill("#Email", "bukan-email");
        browser.Fill("#Password", "pendek");
        browser.Find("form[action='/account/register'] button[type=submit]").Click();

        browser.WaitUntil(() => browser.Find("#FullName-error").Text.Contains("Nama lengkap", StringComparison.Ordinal));
        Assert.NotEmpty(browser.Find("#Email-error").Text);
        Assert.NotEmpty(browser.Find("#Password-error").Text);
        browser.Screenshot("register-errors-phone");
        Assert.Empty(browser.AccessibilityViolations());

        var email = $"andi-{Guid.NewGuid():N}@contoh.id";
        browser.Fill("#FullName", "Andi Rahman");
        browser.Fill("#Email", email);
        browser.Fill("#Password", "ibu suka teh hangat");
        browser.Find("form[action='/account/register'] button[type=submit]").Click();

        browser.WaitForPath("/account/check-email");
        Assert.Contains(email, browser.Find("[data-testid=check-email]").Text, StringComparison.Ordinal);
        browser.Screenshot("check-email-phone");
        Assert.Empty(browser.AccessibilityViolations());

        var link = await app.ConfirmationLinkAsync(email);
        browser.Open(link.PathAndQuery);
        Assert.Empty(browser.AccessibilityViolations());
        browser.Fill("#Password", "bukan kata sandi saya");
        browser.Submit("/account/confirm-email");
        browser.WaitUntil(() => browser.Find("#Password-error").Text.Length > 0);
        browser.Screenshot("confirm-email-wrong-password-phone");
        Assert.Empty(browser.AccessibilityViolations());

        browser.Fill("#Password", "ibu suka teh hangat");
        browser.Submit("/account/confirm-email");
        browser.WaitForPath("/account");
        browser.WaitForNotice("sudah terkonfirmasi");
        Assert.Equal("Keluarga", browser.Find("[data-testid=roles]").Text);
    }
}
