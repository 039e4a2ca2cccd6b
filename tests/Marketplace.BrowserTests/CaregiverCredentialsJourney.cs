using System.Text;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>A caregiver keeps their certificates, working hours and affiliation up to date.</summary>
public sealed class CaregiverCredentialsJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public void ACaregiver_AddsACertificate_UploadsItsScan_AndARenamedWebPageIsRefused()
    {
        using var browser = new Browser(app.Address);
        browser.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        browser.Find("a[href='/caregiver/certificates']").Click();
        browser.WaitForPath("/caregiver/certificates");
        Assert.Contains("terverifikasi", browser.Find("[data-testid=verification]").Text, StringComparison.Ordinal);
        Assert.Empty(browser.AccessibilityViolations());

        browser.Fill("#Title", "Sertifikat Perawatan Demensia");
        browser.Fill("#Number", "BNSP-PD-7371-0042");
        browser.Fill("#Issuer", "LSP Kesehatan (BNSP)");
        browser.SetValue("#IssuedOn", "2025-03-01");
        browser.SetValue("#ExpiresOn", "2028-03-01");
        browser.Submit("/caregiver/certificates");
        browser.WaitForNotice("Sertifikat ditambahkan");

        var card = CardOf(browser, "Sertifikat Perawatan Demensia");
        Assert.Empty(card.FindElements(By.CssSelector("[data-testid=has-document]")));
        card.FindElement(By.CssSelector("input[type=file]")).SendKeys(TempFile("sertifikat.pdf", TestCaregivers.PdfBytes));
        card.FindElement(By.CssSelector(".upload-form button")).Click();
        browser.WaitForNotice("Dokumen sudah diunggah");
        Assert.Single(CardOf(browser, "Sertifikat Perawatan Demensia").FindElements(By.CssSelector("[data-testid=has-document]")));

        card = CardOf(browser, "Sertifikat Perawatan Demensia");
        card.FindElement(By.CssSelector("input[type=file]")).SendKeys(TempFile("bukan-sertifikat.pdf", Encoding.UTF8.GetBytes("<html>bukan pdf</html>")));
        card.FindElement(By.CssSelector(".upload-form button")).Click();
        browser.WaitForProblem("Dokumen harus berupa berkas PDF, JPEG, atau PNG.");
        browser.Screenshot("caregiver-certificates-phone");
        Assert.Empty(browser.AccessibilityViolations());
    }

    [Fact]
    public void ACaregiver_AddsSundayMornings_AndIsToldWhenAWindowEndsBeforeItStarts()
    {
        using var browser = new Browser(app.Address);
        browser.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        browser.Find("a[href='/caregiver/availability']").Click();
        browser.WaitForPath("/caregiver/availability");
        var windows = browser.Driver.FindElements(By.CssSelector("[data-testid=window]")).Count;
        Assert.Empty(browser.AccessibilityViolations());

        var blank = windows - 3;
        browser.Choose($"#Weekly_{blank}__Day", "Sunday");
        browser.SetValue($"#Weekly_{blank}__Start", "09:00");
        browser.SetValue($"#Weekly_{blank}__End", "12:00");
        browser.Submit("/caregiver/availability");
        browser.WaitForNotice("Jadwal Anda sudah disimpan");
        Assert.Equal(windows + 1, browser.Driver.FindElements(By.CssSelector("[data-testid=window]")).Count);

        blank = windows + 1 - 3;
        browser.Choose($"#Weekly_{blank}__Day", "Monday");
        browser.SetValue($"#Weekly_{blank}__Start", "18:00");
        browser.SetValue($"#Weekly_{blank}__End", "17:00");
        browser.Submit("/caregiver/availability");
        browser.WaitForProblem("Jam selesai harus setelah jam mulai.");
        browser.Screenshot("caregiver-availability-errors-phone");
        Assert.Empty(browser.AccessibilityViolations());
    }

    [Fact]
    public void ACaregiver_SeesTheEnterpriseTheyWorkWith()
    {
        using var browser = new Browser(app.Address);
        browser.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        browser.Find("a[href='/caregiver/affiliations']").Click();
        browser.WaitForPath("/caregiver/affiliations");

        var affiliation = browser.Find("[data-testid=affiliation]");
        Assert.Contains("Yayasan Peduli Lansia Sulawesi Selatan", affiliation.Text, StringComparison.Ordinal);
        Assert.Contains("Bekerja sama", affiliation.Text, StringComparison.Ordinal);
        browser.Screenshot("caregiver-affiliations-phone");
        Assert.Empty(browser.AccessibilityViolations());
    }

    private static IWebElement CardOf(Browser browser, string title) =>
        browser.Driver.FindElements(By.CssSelector("[data-testid=certificate]")).Single(c => c.Text.Contains(title, StringComparison.Ordinal));

    private static string TempFile(string name, byte[] bytes)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("peduli-upload-").FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
