using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>
/// At a phone's size: a family chooses a care manager, who writes the elder's care plan; the family logs care it gave
/// (a fall among it) and sees the week's progress; the care manager finds the fall among their alerts, most urgent
/// first, and records what they did.
/// </summary>
public sealed class CareManagerJourney(ServedApp app) : IClassFixture<ServedApp>
{
    /// <summary>The demo caregiver with the care-manager credential (the fifth demo caregiver).</summary>
    private const string CareManagerEmail = "pendamping-05@demo.peduli.test";

    [Fact]
    public void ACareManager_WritesThePlan_TheFamilyLogsCare_AndAFall_AlertsTheCareManager()
    {
        using var family = PhoneWidth.Open(app.Address);
        family.SignIn(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        family.Open("/family/recipients");
        Assert.Contains("belum memilih", family.Find("[data-testid=care-manager]").Text, StringComparison.Ordinal);
        family.Find("#caregiverId option:nth-child(2)").Click();
        family.Submit("/family/recipients/care-manager");
        family.WaitForNotice("Pilihan manajer perawatan disimpan");
        Assert.Contains("Nurul Fitri", family.Find("[data-testid=care-manager]").Text, StringComparison.Ordinal);
        var planPath = new Uri(family.Find("[data-testid=care-plan-link]").GetAttribute("href")!).AbsolutePath;

        using var careManager = PhoneWidth.Open(app.Address);
        careManager.SignIn(CareManagerEmail, MarketplaceAppFactory.DemoPassword);
        careManager.Open("/care-manager");
        Assert.Contains("Hj. Sitti Rahmah", careManager.Find("[data-testid=managed-family]").Text, StringComparison.Ordinal);
        careManager.Open(planPath);
        careManager.Find("[data-testid=edit-plan]").Click();
        careManager.Fill("#Goals", "Berjalan ke pagar depan tanpa bantuan");
        careManager.Find("#plan-mobility-exercise").Click();
        careManager.Fill("#times-mobility-exercise", "3");
        careManager.Fill("#details-mobility-exercise", "10 menit dengan walker, pagi");
        careManager.Find("#plan-medication-reminder").Click();
        careManager.Fill("#times-medication-reminder", "7");
        Assert.Empty(careManager.AccessibilityViolations());
        Assert.Null(PhoneWidth.OverflowingNow(careManager, "care-manager", "care-plan-edit"));
        careManager.Find("[data-testid=save-plan]").Click();
        careManager.WaitForNotice("Rencana perawatan disimpan");

        family.Open(planPath);
        Assert.Contains("Berjalan ke pagar depan", family.Find("[data-testid=plan-goals]").Text, StringComparison.Ordinal);
        family.Find("#log-task-medication-reminder").Click();
        family.Fill("#SystolicMmHg", "150");
        family.Fill("#DiastolicMmHg", "85");
        family.Find("#Fell").Click();
        family.Find("[data-testid=log-care]").Click();
        family.WaitForNotice("Catatan perawatan disimpan");
        var week = family.Driver.FindElements(By.CssSelector("[data-testid=task-progress]")).Select(row => row.Text).ToList();
        Assert.Contains(week, row => row.Contains("Pengingat minum obat", StringComparison.Ordinal) && row.Contains("1 dari 7", StringComparison.Ordinal));
        Assert.Contains(week, row => row.Contains("Latihan gerak dan berjalan", StringComparison.Ordinal) && row.Contains("0 dari 3", StringComparison.Ordinal));
        family.ScrollTo("[data-testid=care-week]");
        Assert.Empty(family.AccessibilityViolations());
        Assert.Null(PhoneWidth.OverflowingNow(family, "family", "care-plan-week"));

        // The fall is urgent, the pressure beyond the plan's 140 mmHg only soon: the fall comes first.
        careManager.Open("/care-manager");
        var alerts = careManager.Driver.FindElements(By.CssSelector("[data-testid=care-alert]"));
        Assert.Equal(2, alerts.Count);
        Assert.Contains("Jatuh", alerts[0].Text, StringComparison.Ordinal);
        Assert.Contains("150/85", alerts[1].Text, StringComparison.Ordinal);
        Assert.Empty(careManager.AccessibilityViolations());
        Assert.Null(PhoneWidth.OverflowingNow(careManager, "care-manager", "care-alerts"));
        alerts[0].FindElement(By.CssSelector("a")).Click();
        careManager.Fill("#ActionTaken", "Menelepon keluarga; bidan desa memeriksa sore ini.");
        Assert.Empty(careManager.AccessibilityViolations());
        Assert.Null(PhoneWidth.OverflowingNow(careManager, "care-manager", "care-alert"));
        careManager.Find("[data-testid=handle-alert]").Click();
        careManager.WaitForNotice("Tindakan dicatat");
        Assert.Single(careManager.Driver.FindElements(By.CssSelector("[data-testid=care-alert]")));
    }
}
