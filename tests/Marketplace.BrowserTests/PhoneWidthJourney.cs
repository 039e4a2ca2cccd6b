using System.Text;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>
/// A caregiver's upload forms fit a small phone, 360 x 740, with a photo, a long certificate and a refusal beside
/// the file input: nothing reaches past the right edge (WCAG 1.4.10, reflow). Every page as it first opens is
/// measured by <see cref="PageQualityJourney"/>; these are states only a sent form reaches.
/// </summary>
public sealed class PhoneWidthJourney(ServedApp app) : IClassFixture<ServedApp>
{
    [Fact]
    public void ACaregiversUploadForms_WithAPhoto_ALongCertificate_AndARefusalBesideTheFileInput_InBothLanguages_FitASmallPhone()
    {
        using var phone = PhoneWidth.Open(app.Address);
        phone.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        var folder = Directory.CreateTempSubdirectory("peduli-phone-").FullName;
        var photo = Path.Combine(folder, "foto.jpg");
        File.WriteAllBytes(photo, PhonePhotos.Jpeg(400, 300));
        var notAPicture = Path.Combine(folder, "bukan-foto.jpg");
        File.WriteAllBytes(notAPicture, Encoding.UTF8.GetBytes("<html>bukan foto</html>"));
        phone.Open("/caregiver/profile");
        phone.Find("#photo-file").SendKeys(photo);
        phone.Submit("/caregiver/profile/photo");
        phone.WaitUntil(() => phone.Driver.FindElements(By.CssSelector("[data-testid=photo]")).Count == 1);
        phone.Open("/caregiver/certificates");
        phone.Fill("#Title", "Sertifikat-Kompetensi-Pendamping-Lanjut-Usia-Tingkat-Madya");
        phone.Fill("#Number", "BNSP7371202601010000123456789");
        phone.Fill("#Issuer", "LembagaSertifikasiProfesiPekerjaSosialIndonesia");
        phone.SetValue("#IssuedOn", "2026-01-01");
        phone.SetValue("#ExpiresOn", "2029-01-01");
        phone.Submit("/caregiver/certificates");
        phone.WaitUntil(() => phone.Driver.FindElements(By.CssSelector("[data-testid=notice]")).Count == 1);
        var overflowing = new List<string?>();

        foreach (var language in new[] { "id", "en" })
        {
            phone.Open("/caregiver/profile");
            phone.Find($"button[name=culture][value={language}]").Click();
            phone.WaitUntil(() => phone.Find("html").GetAttribute("lang") == language);
            phone.Find("#photo-file").SendKeys(notAPicture);
            phone.Submit("/caregiver/profile/photo");
            phone.WaitUntil(() => phone.Find("#photo-file-error").Text.Length > 0);
            overflowing.Add(PhoneWidth.OverflowingNow(phone, "caregiver", $"caregiver-profile-photo-refused-{language}"));

            phone.Open("/caregiver/certificates");
            var card = phone.Find("[data-testid=certificate]");
            card.FindElement(By.CssSelector("input[type=file]")).SendKeys(notAPicture);
            card.FindElement(By.CssSelector(".upload-form button")).Click();
            phone.WaitUntil(() => phone.Find("[data-testid=file-error]").Text.Length > 0);
            overflowing.Add(PhoneWidth.OverflowingNow(phone, "caregiver", $"caregiver-certificates-scan-refused-{language}"));
        }

        var found = overflowing.OfType<string>().ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
