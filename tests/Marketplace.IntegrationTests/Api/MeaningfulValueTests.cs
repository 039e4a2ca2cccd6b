using System.Net;
using System.Net.Http.Json;
using System.Text;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Api;

/// <summary>
/// Values that read well but cannot mean what they say, found by a tester after issue #11: times with
/// seconds, overlapping periods, a "child" born in 1950, a name of zero-width spaces, details of another kind
/// of listing, the same certificate twice, a clinic in two places at once, a page past the results, a
/// parameter given twice. Each is refused naming its field (400) or its rule (409), and nothing is stored.
/// </summary>
public abstract class MeaningfulValueTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Theory]
    [InlineData("""{"timeZone":"Asia/Makassar","weekly":[{"day":"monday","start":"09:00:30","end":"12:00"}],"timeOff":[]}""", "weekly[0].start")]
    [InlineData("""{"timeZone":"Asia/Makassar","weekly":[{"day":"monday","start":"09:00","end":"12:00:00.5"}],"timeOff":[]}""", "weekly[0].end")]
    [InlineData("""{"timeZone":"Asia/Makassar","weekly":[],"timeOff":[{"from":"2027-01-02T00:00:10+08:00","to":"2027-01-03T00:00:00+08:00"}]}""", "timeOff[0].from")]
    public async Task AnAvailabilityTime_WithSecondsOrAFraction_IsRefusedNamingIt(string body, string field)
    {
        var caregiver = await app.NewAccountAsync("caregiver");

        await HasError(await caregiver.PutAsync("/api/v1/caregivers/me/availability", Json(body)), field);
    }

    [Fact]
    public async Task OverlappingTimeOff_IsRefused_AndTimeOffIsToldInTheCaregiversZone()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        const string period = """{"from":"2027-01-02T00:00:00+08:00","to":"2027-01-03T00:00:00+08:00"}""";

        await HasError(await caregiver.PutAsync("/api/v1/caregivers/me/availability", Json($$"""{"timeZone":"Asia/Makassar","weekly":[],"timeOff":[{{period}},{{period}}]}""")), "timeOff");
        var saved = await caregiver.PutAsync("/api/v1/caregivers/me/availability", Json($$"""{"timeZone":"Asia/Makassar","weekly":[],"timeOff":[{{period}}]}"""));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("2027-01-02T00:00:00+08:00", (await saved.ReadJsonAsync()).GetProperty("timeOff")[0].GetProperty("from").GetString());
    }

    [Theory]
    [InlineData(":00.123+08:00")]
    [InlineData(":13+08:00")]
    public async Task AVisitStart_OffTheMinute_IsRefusedNamingIt(string secondsAndOffset)
    {
        var (caregiverClient, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Iso(Next(DayOfWeek.Wednesday, 9))[..16] + secondsAndOffset;

        await HasError(await family.PostAsync("/api/v1/bookings", Json($$"""{"kind":"homeCare","caregiverId":"{{caregiverId}}","recipientId":"{{recipientId}}","start":"{{start}}","hours":2}""")), "start");
        Assert.Equal(0, (await (await caregiverClient.GetAsync("/api/v1/bookings")).ReadJsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AnInstantWithNineFractionDigits_IsReadAsRfc3339Allows()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Iso(Next(DayOfWeek.Wednesday, 9))[..19] + ".000000000+08:00";

        var booked = await family.PostAsync("/api/v1/bookings", Json($$"""{"kind":"homeCare","caregiverId":"{{caregiverId}}","recipientId":"{{recipientId}}","start":"{{start}}","hours":2}"""));

        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
    }

    [Theory]
    [InlineData("child", 1950, "birthYear")]
    [InlineData("elder", 1990, "birthYear")]
    public async Task ARecipientOfAKindTheirAgeCannotBe_IsRefused(string kind, int birthYear, string field)
    {
        var family = await app.NewAccountAsync("family");
        var body = JsonBodies.With(RecipientNearGowa(), $"\"kind\":\"{kind}\",\"birthYear\":{birthYear}");

        await HasError(await family.PostAsync("/api/v1/families/me/recipients", Json(body)), field);
        Assert.Equal(0, (await (await family.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync()).GetArrayLength());
    }

    [Theory]
    [InlineData("\"\\u200b\\u200b\"")]
    [InlineData("\"\\u202eSitti\"")]
    public async Task ANameOfInvisibleOrReorderingCharacters_IsRefusedNamingIt(string name)
    {
        var family = await app.NewAccountAsync("family");

        await HasError(await family.PostAsync("/api/v1/families/me/recipients", Json(JsonBodies.With(RecipientNearGowa(), $"\"name\":{name}"))), "name");
    }

    [Theory]
    [InlineData("homeCare", "daycare")]
    [InlineData("daycare", "mobileClinic")]
    public async Task AListing_WithDetailsOfAnotherKind_IsRefusedNamingThem(string kind, string details)
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);
        var daycare = """{"addressLine":"Jl. Perintis","point":{"lat":-5.13,"lon":119.49},"openingDays":["monday"],"opens":"07:30","closes":"16:00","placesPerDay":5,"minAgeYears":2,"maxAgeYears":10,"supportedNeeds":[],"accessibilityFeatures":[],"pricePerDayIdr":85000}""";
        var body = kind == "daycare"
            ? $$$"""{"kind":"daycare","title":"Penitipan","areaCode":"73.71.13","daycare":{{{daycare}}},"mobileClinic":{"services":["blood-pressure-check"],"pricePerVisitIdr":25000}}"""
            : $$$"""{"kind":"homeCare","title":"Pendampingan","areaCode":"73.71.13","daycare":{{{daycare}}}}""";

        await HasError(await owner.PostAsync($"/api/v1/enterprises/{enterpriseId}/listings", Json(body)), details);
    }

    [Fact]
    public async Task TheSameCertificateTwice_IsRefused()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var certificate = new { title = "Caregiver Lansia", number = "LSP-001/2025", issuer = "LSP BNSP", issuedOn = "2025-01-10", expiresOn = "2028-01-10" };
        (await caregiver.PostJsonAsync("/api/v1/caregivers/me/certificates", certificate)).EnsureSuccessStatusCode();

        await HasConflict(
            await caregiver.PostJsonAsync("/api/v1/caregivers/me/certificates", certificate with { number = "lsp-001/2025" }),
            "same number");
    }

    [Theory]
    [InlineData("!!")]
    [InlineData("----")]
    public async Task ARegistrationNumberWithoutDigits_IsRefusedNamingIt(string number)
    {
        var owner = await app.NewAccountAsync("enterprise");

        await HasError(
            await owner.PostJsonAsync("/api/v1/enterprises", new { name = "LKS Uji", kind = "lks", registrationNumber = number, areaCode = "73.71.13" }),
            "registrationNumber");
    }

    [Fact]
    public async Task AClinic_CannotBeInTwoPlacesAtOnce_NorStopInThePast()
    {
        var (owner, listingId, _) = await app.NewClinicSlotAsync(capacityPerSlot: 2);
        var nextWeek = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        object Stop(string date, string start, string end) => new
        {
            placeName = "Balai Uji", point = new { lat = -4.98, lon = 119.55 }, date, start, end, slotMinutes = 30, capacityPerSlot = 4,
        };

        await HasConflict(await owner.PostJsonAsync($"/api/v1/listings/{listingId}/stops", Stop(nextWeek, "08:30", "10:00")), "Balai Desa Bontoa");
        Assert.Equal(HttpStatusCode.Created, (await owner.PostJsonAsync($"/api/v1/listings/{listingId}/stops", Stop(nextWeek, "09:00", "10:00"))).StatusCode);
        await HasConflict(await owner.PostJsonAsync($"/api/v1/listings/{listingId}/stops", Stop(yesterday, "08:00", "10:00")), "future");
    }

    [Theory]
    [InlineData("/api/v1/search/caregivers?lat=-5.1477&lon=119.4327&radiusKm=10&page=2147483647", "page")]
    [InlineData("/api/v1/search/caregivers?lat=-5.1477&lon=119.4327&radiusKm=10&page=101&pageSize=100", "page")]
    [InlineData("/api/v1/search/services?kind=mobileClinic&lat=-5.1477&lon=119.4327&radiusKm=80&page=999999999", "page")]
    [InlineData("/api/v1/search/caregivers?lat=-5.1477&lon=119.4327&radiusKm=10&page=1&page=2", "page")]
    [InlineData("/api/v1/search/caregivers?lat=-5.1477&lon=119.4327&radiusKm=10&sort=cheapest", "sort")]
    public async Task ASearchPastItsResultsOrWithAValueGivenTwice_IsRefusedNamingIt(string query, string field)
    {
        using var anonymous = app.CreateClient();

        await HasError(await anonymous.GetAsync(query), field);
    }

    [Fact]
    public async Task TheLastPageOfTheResultWindow_IsStillAnswered()
    {
        using var anonymous = app.CreateClient();

        var page = await anonymous.GetAsync("/api/v1/search/caregivers?lat=-5.1477&lon=119.4327&radiusKm=10&page=100&pageSize=100");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(0, (await page.ReadJsonAsync()).GetProperty("items").GetArrayLength());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}

public sealed class MeaningfulValuesOnSqlite(SqliteAppFactory app) : MeaningfulValueTests<SqliteAppFactory>(app);

public sealed class MeaningfulValuesOnPostgres(PostgresAppFactory app) : MeaningfulValueTests<PostgresAppFactory>(app);
