using System.Net;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Pages;

/// <summary>A finished visit's log shows the vital signs that were measured, and nothing for those that were not.</summary>
public abstract class VisitLogPageTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private const string Measured = "data-testid=\"log-vitals\">";

    [Theory]
    [InlineData("Systolic=130&Diastolic=85&Temperature=36,6", "Tanda vital: tekanan darah 130/85 mmHg · suhu 36,6 °C", "gula darah", "nadi")]
    [InlineData("BloodSugar=110", "Tanda vital: gula darah 110 mg/dL", "tekanan", "suhu")]
    [InlineData("Systolic=130&Pulse=80", "Tanda vital: tekanan sistolik 130 mmHg · nadi 80/menit", "tekanan darah", "diastolik")]
    public async Task OnlyTheVitalSignsMeasured_AreShown(string vitals, string shown, string notShown, string alsoNotShown)
    {
        var (family, id) = await CheckedOutAsync(vitals);

        var html = await family.GetStringAsync($"/bookings/{id}");

        var line = html[html.IndexOf(Measured, StringComparison.Ordinal)..];
        line = WebUtility.HtmlDecode(line[Measured.Length..line.IndexOf("</p>", StringComparison.Ordinal)]);
        Assert.Equal(shown, line);
        Assert.DoesNotContain(notShown, line, StringComparison.Ordinal);
        Assert.DoesNotContain(alsoNotShown, line, StringComparison.Ordinal);
        Assert.DoesNotContain("–", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVisitWithNoVitalSignsMeasured_ShowsNoLineForThem_InEitherLanguage()
    {
        var (family, id) = await CheckedOutAsync(string.Empty);

        var indonesian = await family.GetStringAsync($"/bookings/{id}");
        var english = await family.GetStringAsync($"/bookings/{id}?culture=en");

        Assert.Contains("data-testid=\"log-notes\"", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain(Measured, indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("mg/dL", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain(Measured, english, StringComparison.Ordinal);
        Assert.DoesNotContain("mmHg", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheVitalSignsMeasured_AreShownInEnglish()
    {
        var (family, id) = await CheckedOutAsync("Pulse=72&BloodSugar=95");

        var html = await family.GetStringAsync($"/bookings/{id}?culture=en");

        Assert.Contains(Measured + "Vital signs: pulse 72/min · blood sugar 95 mg/dL</p>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    // A visit checked out through the page's form, with the vital signs typed in (the rest left blank, as sent by a browser).
    private async Task<(HttpClient Family, Guid BookingId)> CheckedOutAsync(string vitals)
    {
        var (caregiverApi, caregiverId) = await app.NewBookableCaregiverAsync();
        var (familyApi, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Wednesday, 9);
        var id = await familyApi.BookAsync(caregiverId, recipientId, start);
        (await caregiverApi.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await familyApi.ConfirmOfflineAsync(id);
        var caregiver = await app.OnPagesAsync(caregiverApi);
        using (app.Clock.TravelTo(start.AddMinutes(-5)))
        {
            (await caregiverApi.PostAsync($"/api/v1/bookings/{id}/check-in", null)).EnsureSuccessStatusCode();
        }

        using (app.Clock.TravelTo(start.AddHours(2)))
        {
            var fields = new Dictionary<string, string>
            {
                ["Tasks"] = "companionship", ["Notes"] = "Ibu makan siang dengan baik.",
                ["Systolic"] = string.Empty, ["Diastolic"] = string.Empty, ["Pulse"] = string.Empty, ["Temperature"] = string.Empty, ["BloodSugar"] = string.Empty,
            };
            foreach (var typed in vitals.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                fields[typed.Split('=')[0]] = typed.Split('=')[1];
            }

            var response = await caregiver.PostFormAsync($"/bookings/{id}", $"/bookings/{id}/check-out", fields);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return (await app.OnPagesAsync(familyApi), id);
    }
}

public sealed class VisitLogPageOnSqlite(SqliteAppFactory app) : VisitLogPageTests<SqliteAppFactory>(app);

public sealed class VisitLogPageOnPostgres(PostgresAppFactory app) : VisitLogPageTests<PostgresAppFactory>(app);
