using System.Net;
using System.Text.RegularExpressions;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Pages;

/// <summary>
/// The working-hours page refuses a half-filled row beside the very field left out, in the row where the person
/// filled it in, and says so to a screen reader too (the field is marked invalid and described by its message).
/// </summary>
public abstract partial class AvailabilityPageTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task AWeeklyRowWithoutItsEnd_IsRefusedBesideThatEnd_InTheRowTheCaregiverFilled()
    {
        var (api, pages) = await NewCaregiverAsync();
        var form = Week(rows: 8);
        form["Weekly[0].Day"] = "Monday";
        form["Weekly[0].Start"] = "08:00";
        form["Weekly[0].End"] = "12:00";
        form["Weekly[6].Day"] = "Sunday";
        form["Weekly[6].Start"] = "09:00";

        var response = await pages.PostFormAsync("/caregiver/availability", "/caregiver/availability", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        AssertRefusedBeside(html, "Weekly[6].End", "Isi bagian ini.");
        Assert.Contains("<a href=\"#Weekly_6__End\">Rentang waktu 7 · Sampai</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-invalid", Field(html, "Weekly_6__Start"), StringComparison.Ordinal);
        Assert.DoesNotContain("aria-invalid", Field(html, "Weekly_0__End"), StringComparison.Ordinal);
        Assert.Contains("<option value=\"Sunday\" selected=\"selected\">", Field(html, "Weekly_6__Day", withOptions: true), StringComparison.Ordinal);
        Assert.Contains("value=\"09:00\"", Field(html, "Weekly_6__Start"), StringComparison.Ordinal);
        Assert.Empty((await (await api.GetAsync("/api/v1/caregivers/me/availability")).ReadJsonAsync()).GetProperty("weekly").EnumerateArray());
    }

    [Fact]
    public async Task ATimeOffRowWithOnlyItsFirstDay_IsRefusedBesideItsLastDay()
    {
        var (_, pages) = await NewCaregiverAsync();
        var form = Week(rows: 3);
        form["TimeOff[1].From"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await pages.PostFormAsync("/caregiver/availability", "/caregiver/availability", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        AssertRefusedBeside(html, "TimeOff[1].To", "Isi bagian ini.");
        Assert.Contains("<a href=\"#TimeOff_1__To\">Cuti 2 · Sampai</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWindowEndingBeforeItStarts_BelowBlankRows_IsToldBesideItsOwnEnd()
    {
        var (_, pages) = await NewCaregiverAsync();
        var form = Week(rows: 5);
        form["Weekly[0].Day"] = "Monday";
        form["Weekly[0].Start"] = "08:00";
        form["Weekly[0].End"] = "12:00";
        form["Weekly[3].Day"] = "Tuesday";
        form["Weekly[3].Start"] = "18:00";
        form["Weekly[3].End"] = "17:00";

        // The use case numbers the filled rows only (this is its Weekly[1]); the page names the row as it was sent.
        var response = await pages.PostFormAsync("/caregiver/availability", "/caregiver/availability", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        AssertRefusedBeside(html, "Weekly[3].End", "Jam selesai harus setelah jam mulai.");
        Assert.DoesNotContain("data-valmsg-for=\"Weekly[1].End\" data-valmsg-replace=\"true\">Jam", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedFormWithRowsClearedAtItsEnd_IsShownAgainWithEveryRowItSent()
    {
        var (_, pages) = await NewCaregiverAsync();
        var form = Week(rows: 9);
        form["Weekly[0].Day"] = "Monday";
        form["Weekly[0].Start"] = "08:00";

        var response = await pages.PostFormAsync("/caregiver/availability", "/caregiver/availability", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        AssertRefusedBeside(html, "Weekly[0].End", "Isi bagian ini.");
        Assert.Equal(9, Regex.Count(html, "data-testid=\"window\""));
    }

    private static void AssertRefusedBeside(string html, string name, string message)
    {
        var id = name.Replace('[', '_').Replace(']', '_').Replace('.', '_');
        var field = Field(html, id);
        Assert.Contains("aria-invalid=\"true\"", field, StringComparison.Ordinal);
        Assert.Contains($"{id}-error", DescribedBy().Match(field).Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains($"id=\"{id}-error\" class=\"field-error field-validation-error\" data-valmsg-for=\"{name}\" data-valmsg-replace=\"true\">{message}</span>", html, StringComparison.Ordinal);
    }

    // The opening tag of the input or select with this id (with its options when asked).
    private static string Field(string html, string id, bool withOptions = false)
    {
        var match = Regex.Match(html, withOptions ? $"<select[^>]*\\bid=\"{id}\"[\\s\\S]*?</select>" : $"<(input|select)[^>]*\\bid=\"{id}\"[^>]*>");
        Assert.True(match.Success, $"No field {id} on the page.");
        return match.Value;
    }

    // Every row of the page sent blank, as a browser sends the untouched rows; the test fills some in.
    private static Dictionary<string, string> Week(int rows)
    {
        var form = new Dictionary<string, string> { ["TimeZone"] = "Asia/Makassar" };
        for (var i = 0; i < rows; i++)
        {
            form[$"Weekly[{i}].Day"] = form[$"Weekly[{i}].Start"] = form[$"Weekly[{i}].End"] = string.Empty;
        }

        for (var i = 0; i < 3; i++)
        {
            form[$"TimeOff[{i}].From"] = form[$"TimeOff[{i}].To"] = string.Empty;
        }

        return form;
    }

    private async Task<(HttpClient Api, HttpClient Pages)> NewCaregiverAsync()
    {
        var api = await app.NewAccountAsync("caregiver");
        return (api, await app.OnPagesAsync(api));
    }

    [GeneratedRegex("aria-describedby=\"([^\"]*)\"")]
    private static partial Regex DescribedBy();
}

public sealed class AvailabilityPageOnSqlite(SqliteAppFactory app) : AvailabilityPageTests<SqliteAppFactory>(app);

public sealed class AvailabilityPageOnPostgres(PostgresAppFactory app) : AvailabilityPageTests<PostgresAppFactory>(app);
