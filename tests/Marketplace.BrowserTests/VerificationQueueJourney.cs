using Marketplace.TestSupport;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

public sealed class VerificationQueueJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public void TheAdmin_WorksThroughTheQueue_VerifyingOneAndRejectingAnotherWithAReason()
    {
        using var browser = new Browser(app.Address);
        browser.SignIn(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);
        browser.Find("a[href='/admin/verification']").Click();
        browser.WaitForPath("/admin/verification");
        var waiting = Pending(browser).Count;
        Assert.True(waiting >= 2, "the demo data leaves caregivers pending");
        Assert.NotEmpty(Pending(browser)[0].FindElements(By.CssSelector("[data-testid=certificate] a")));
        Assert.Empty(browser.AccessibilityViolations());

        Pending(browser)[0].FindElement(By.CssSelector("button[value=verified]")).Click();
        browser.WaitUntil(() => browser.Find("[data-testid=notice]").Text.Contains("sudah diverifikasi", StringComparison.Ordinal));
        Assert.Equal(waiting - 1, Pending(browser).Count);

        Pending(browser)[0].FindElement(By.CssSelector(".reject-form button")).Click();
        browser.WaitUntil(() => browser.Find("[data-testid=problem]").Text.Contains("Tulis alasan penolakan", StringComparison.Ordinal));
        Assert.Equal(waiting - 1, Pending(browser).Count);

        var next = Pending(browser)[0];
        next.FindElement(By.CssSelector("textarea")).SendKeys("Sertifikat tidak terbaca; unggah ulang.");
        next.FindElement(By.CssSelector(".reject-form button")).Click();
        browser.WaitUntil(() => browser.Find("[data-testid=notice]").Text.Contains("ditolak", StringComparison.Ordinal));
        Assert.Equal(waiting - 2, Pending(browser).Count);
        browser.Screenshot("verification-queue-phone");
        Assert.Empty(browser.AccessibilityViolations());
    }

    [Fact]
    public void TheAdmin_VerifiesAnEnterprise_AndGrantsACareManager()
    {
        using var browser = new Browser(app.Address);
        browser.SignIn(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);
        browser.Open("/admin/verification");
        var enterprise = browser.Find("[data-testid=pending-enterprise]");
        Assert.Contains("Sahabat Rawat Maros", enterprise.Text, StringComparison.Ordinal);

        enterprise.FindElement(By.CssSelector("button[value=verified]")).Click();
        browser.WaitForNotice("Sahabat Rawat Maros sudah diverifikasi.");
        Assert.Single(browser.Driver.FindElements(By.CssSelector("[data-testid=no-enterprises]")));

        browser.Find("a[href='/admin/care-managers']").Click();
        browser.WaitForPath("/admin/care-managers");
        browser.Fill("#name", "hasna");
        browser.Find("form[role=search] button").Click();
        browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector("[data-testid=caregiver]")).Count == 1);
        browser.Find("[data-testid=caregiver] form button").Click();
        browser.WaitForNotice("Hasnawati sekarang manajer perawatan.");
        browser.Screenshot("admin-care-managers-phone");
        Assert.Empty(browser.AccessibilityViolations());
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<IWebElement> Pending(Browser browser) =>
        browser.Driver.FindElements(By.CssSelector("[data-testid=pending]"));
}
