namespace Marketplace.BrowserTests;

public sealed class HomePageJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public void AVisitorOnAPhone_ReadsWhatPeduliIs_InBahasaIndonesia()
    {
        using var browser = new Browser(app.Address);

        browser.Open("/");

        Assert.Equal("id", browser.Find("html").GetAttribute("lang"));
        Assert.Equal("Perawatan yang bisa dipercaya, dekat dengan keluarga", browser.Find("h1").Text);
        Assert.Contains("21 pendamping terverifikasi", browser.Find("[data-testid=supply]").Text, StringComparison.Ordinal);
        browser.Screenshot("home-phone");
        Assert.Empty(browser.AccessibilityViolations());
    }

    [Fact]
    public void AVisitor_SwitchesToEnglish_AndTheChoiceSticks()
    {
        using var browser = new Browser(app.Address);
        browser.Open("/");

        browser.Find("button[name=culture][value=en]").Click();

        browser.WaitUntil(() => browser.Find("html").GetAttribute("lang") == "en");
        Assert.Equal("Care you can trust, close to your family", browser.Find("h1").Text);
        browser.Open("/account/login");
        Assert.Equal("Sign in to Peduli", browser.Find("h1").Text);
        browser.Screenshot("login-phone-en");
    }
}
