using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>On a phone, a caregiver who leaves a working-hours row half filled is shown which row and which field.</summary>
public sealed class WorkingHoursErrorsJourney(ServedApp app) : IClassFixture<ServedApp>
{
    // Each label of a row and where its field stands: a label belongs above the left edge of its own field.
    private const string LabelsAwayFromTheirFields = """
        return [...document.querySelectorAll('[data-testid=window] label, [data-testid=time-off] label')].filter(label => {
            const own = document.getElementById(label.htmlFor).getBoundingClientRect(), box = label.getBoundingClientRect();
            return Math.abs(box.left - own.left) > 1 || box.bottom > own.top + 1 || own.top - box.bottom > 12;
        }).map(label => label.htmlFor + ' (' + label.textContent.trim() + ')');
        """;

    [Fact]
    public void EveryLabelOfTheWorkingHours_StandsRightAboveItsOwnField_OnAPhone()
    {
        using var phone = PhoneWidth.Open(app.Address);
        phone.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        phone.Open("/caregiver/availability");

        var astray = (IReadOnlyCollection<object>)((IJavaScriptExecutor)phone.Driver).ExecuteScript(LabelsAwayFromTheirFields)!;

        Assert.NotEmpty(phone.Driver.FindElements(By.CssSelector("[data-testid=window] label")));
        Assert.Empty(astray);
        Assert.Null(PhoneWidth.Wider(phone));
    }

    [Fact]
    public void ACaregiver_WhoForgetsWhenSundayEnds_IsToldBesideThatRowsEnd_AndTheSummaryLinksThere()
    {
        using var phone = PhoneWidth.Open(app.Address);
        phone.SignIn(DemoDataSeeder.CaregiverEmail, MarketplaceAppFactory.DemoPassword);
        phone.Open("/caregiver/availability");
        var row = phone.Driver.FindElements(By.CssSelector("[data-testid=window]")).Count - 2;

        phone.Choose($"#Weekly_{row}__Day", "Sunday");
        phone.SetValue($"#Weekly_{row}__Start", "09:00");
        phone.Submit("/caregiver/availability");
        phone.WaitForProblem($"Rentang waktu {row + 1} · Sampai");

        var end = phone.Find($"#Weekly_{row}__End");
        Assert.Equal("true", end.GetAttribute("aria-invalid"));
        Assert.Equal("Isi bagian ini.", phone.Find($"#{end.GetAttribute("aria-describedby")}").Text);
        Assert.Null(phone.Find($"#Weekly_{row}__Start").GetAttribute("aria-invalid"));
        Assert.Equal("09:00", phone.Find($"#Weekly_{row}__Start").GetAttribute("value"));
        Assert.Null(PhoneWidth.Wider(phone));
        phone.Screenshot("caregiver-availability-half-row-phone");
        Assert.Empty(phone.AccessibilityViolations());

        phone.Find($"[data-testid=errors] a[href='#Weekly_{row}__End']").Click();
        phone.WaitUntil(() => new Uri(phone.Driver.Url).Fragment == $"#Weekly_{row}__End");
        phone.Screenshot("caregiver-availability-half-row-field-phone");
    }
}
