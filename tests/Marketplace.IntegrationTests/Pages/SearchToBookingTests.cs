using System.Net;
using System.Text.RegularExpressions;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Pages;

/// <summary>
/// A family that searched for a visit time books it without typing it again: a result's "Pesan" button carries
/// the date, time and length to the request form, which starts filled in with them.
/// </summary>
public abstract partial class SearchToBookingTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task TheBookButtonOfAResult_CarriesTheVisitSearchedFor_IntoTheRequestForm()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (familyApi, _) = await app.NewFamilyAsync();
        var family = await app.OnPagesAsync(familyApi);
        var day = DateOnly.FromDateTime(Next(DayOfWeek.Thursday, 10).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var search = $"/search?Place=-5.1990%2C119.4500&RadiusKm=10&VisitDate={day}&VisitTime=10%3A00&VisitHours=3";

        var link = await EventuallyAsync(async () => BookLink(await family.GetStringAsync(search), caregiverId));
        var form = await family.GetStringAsync(link);

        Assert.Equal($"/bookings/new?caregiverId={caregiverId}&date={day}&time=10%3A00&hours=3", link);
        Assert.Contains($"id=\"Date\" name=\"Date\" value=\"{day}\"", form, StringComparison.Ordinal);
        Assert.Contains("id=\"Time\" name=\"Time\" value=\"10:00\"", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"3\" selected=\"selected\">", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBookButtonOfASearchWithoutAVisitTime_OpensTheFormAsBefore()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (familyApi, _) = await app.NewFamilyAsync();
        var family = await app.OnPagesAsync(familyApi);

        var link = await EventuallyAsync(async () => BookLink(await family.GetStringAsync("/search?Place=-5.1990%2C119.4500&RadiusKm=10"), caregiverId));

        Assert.Equal($"/bookings/new?caregiverId={caregiverId}", link);
    }

    [Theory]
    [InlineData("date=abc&time=25%3A00&hours=x")]
    [InlineData("date=9999-12-31&time=&hours=99")]
    [InlineData("date=0001-01-01&hours=0")]
    public async Task AVisitThatCannotBeRead_LeavesTheFormBlank_InsteadOfRefusingIt(string visit)
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (familyApi, _) = await app.NewFamilyAsync();
        var family = await app.OnPagesAsync(familyApi);

        var response = await family.GetAsync($"/bookings/new?caregiverId={caregiverId}&{visit}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("value=", Input(form, "Date"), StringComparison.Ordinal);
        Assert.DoesNotContain("value=", Input(form, "Time"), StringComparison.Ordinal);
        Assert.Contains("<option value=\"2\" selected=\"selected\">", form, StringComparison.Ordinal);
        Assert.DoesNotContain("validation-summary-errors", form, StringComparison.Ordinal);
    }

    private static string Input(string html, string id) => Regex.Match(html, $"<input[^>]*\\bid=\"{id}\"[^>]*>").Value;

    private static string? BookLink(string html, Guid caregiverId) =>
        BookButton().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))
            .FirstOrDefault(href => href.Contains(caregiverId.ToString(), StringComparison.Ordinal));

    private static Task<string> EventuallyAsync(Func<Task<string?>> find) =>
        Eventually.FoundAsync(find, "the caregiver was not found by the search");

    [GeneratedRegex("<a class=\"button\" href=\"([^\"]+)\" data-testid=\"book\">")]
    private static partial Regex BookButton();
}

public sealed class SearchToBookingOnSqlite(SqliteAppFactory app) : SearchToBookingTests<SqliteAppFactory>(app);

public sealed class SearchToBookingOnPostgres(PostgresAppFactory app) : SearchToBookingTests<PostgresAppFactory>(app);
