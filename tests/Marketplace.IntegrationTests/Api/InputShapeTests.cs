using System.Net;
using System.Net.Http.Json;
using System.Text;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Api;

/// <summary>
/// The failing inputs of issue #11, each with the answer it must get: a required member that is missing,
/// null or of the wrong type is a 400 naming it (never a default, never a 500), text that a database
/// cannot keep is refused by name, and an instant without its offset is refused rather than read as UTC.
/// </summary>
public abstract class InputShapeTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Theory]
    [InlineData("skills")]
    [InlineData("languages")]
    [InlineData("areaCodes")]
    [InlineData("home")]
    [InlineData("hourlyRateIdr")]
    public async Task AProfileWithoutARequiredMember_IsRefusedNamingIt(string member)
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var body = System.Text.Json.Nodes.JsonNode.Parse(JsonBodies.With(TestCaregivers.CompleteProfile, "\"bio\":\"Ramah\""))!.AsObject();
        body.Remove(member);

        await HasError(await caregiver.PutAsync("/api/v1/caregivers/me", Json(body.ToJsonString())), member);
    }

    [Theory]
    [InlineData("\"skills\":[\"elder-care\",null]", "skills[1]")]
    [InlineData("\"skills\":null", "skills")]
    [InlineData("\"home\":{\"lon\":119.45}", "home.lat")]
    [InlineData("\"hourlyRateIdr\":\"60000\"", "hourlyRateIdr")]
    [InlineData("\"serviceRadiusKm\":8.5", "serviceRadiusKm")]
    [InlineData("\"fullName\":\"Irma\\u0000wati\"", "fullName")]
    [InlineData("\"areaCodes\":[\"73.06\\u0007\"]", "areaCodes[0]")]
    public async Task AProfileWithANullItemAWrongTypeOrAControlCharacter_IsRefusedNamingIt(string change, string field)
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var profile = $"/api/v1/caregivers/{(await (await caregiver.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("caregiverId").GetGuid()}";
        var before = await (await caregiver.GetAsync(profile)).Content.ReadAsStringAsync();

        await HasError(await caregiver.PutAsync("/api/v1/caregivers/me", Json(JsonBodies.With(TestCaregivers.CompleteProfile, change))), field);
        Assert.Equal(before, await (await caregiver.GetAsync(profile)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HalfASurrogatePair_IsRefusedNamingTheField()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var body = JsonBodies.With(TestCaregivers.CompleteProfile, "\"bio\":\"BIO\"").Replace("BIO", "\\ud800", StringComparison.Ordinal);

        await HasError(await caregiver.PutAsync("/api/v1/caregivers/me", Json(body)), "bio");
    }

    [Theory]
    [InlineData("""{"timeZone":"Asia/Makassar","timeOff":[]}""", "weekly")]
    [InlineData("""{"timeZone":"Asia/Makassar","weekly":[]}""", "timeOff")]
    [InlineData("""{"timeZone":"Asia/Makassar","weekly":[null],"timeOff":[]}""", "weekly[0]")]
    [InlineData("""{"timeZone":"Asia/Makassar","weekly":[{"day":"monday","end":"12:00"}],"timeOff":[]}""", "weekly[0].start")]
    [InlineData("""{"timeZone":"Asia/Makassar","weekly":[{"day":1,"start":"08:00","end":"12:00"}],"timeOff":[]}""", "weekly[0].day")]
    [InlineData("""{"timeZone":"Asia/Makassar","weekly":[],"timeOff":[{"from":"2027-01-02T00:00:00","to":"2027-01-03T00:00:00+08:00"}]}""", "timeOff[0].from")]
    public async Task AnAvailabilityWithAMissingPart_IsRefusedNamingIt(string body, string field)
    {
        var caregiver = await app.NewAccountAsync("caregiver");

        await HasError(await caregiver.PutAsync("/api/v1/caregivers/me/availability", Json(body)), field);
    }

    [Fact]
    public async Task ARecipientWithoutAnAreaCode_IsRefusedNamingIt_AndNothingIsAdded()
    {
        var family = await app.NewAccountAsync("family");
        var body = JsonBodies.With(RecipientNearGowa(), "\"address\":{\"line\":\"Jl. Poros Malino No. 3\",\"lat\":-5.199,\"lon\":119.45}");

        await HasError(await family.PostAsync("/api/v1/families/me/recipients", Json(body)), "address.areaCode");
        Assert.Equal("[]", await (await family.GetAsync("/api/v1/families/me/recipients")).Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"kind":"homeCare","hours":2,"repeatWeekly":{"weeks":2}}""", "repeatWeekly.days")]
    [InlineData("""{"kind":"homeCare","hours":2,"repeatWeekly":{"days":["monday",null],"weeks":2}}""", "repeatWeekly.days[1]")]
    [InlineData("""{"kind":"homeCare","hours":2,"start":"2026-12-08T01:00:00"}""", "start")]
    [InlineData("""{"kind":"homeCare","start":"2026-12-08T09:00:00+08:00"}""", "hours")]
    [InlineData("""{"kind":"daycare"}""", "dates")]
    [InlineData("""{"kind":"mobileClinic"}""", "slotId")]
    [InlineData("""{"kind":"homeCare","hours":2,"caregiverId":12}""", "caregiverId")]
    public async Task ABookingMissingAMemberOfItsKind_IsRefusedNamingIt_AndNothingIsBooked(string body, string field)
    {
        var (family, recipientId) = await app.NewFamilyAsync();
        var withIds = JsonBodies.With(body, $"\"recipientId\":\"{recipientId}\"");
        if (!withIds.Contains("caregiverId", StringComparison.Ordinal))
        {
            withIds = JsonBodies.With(withIds, $"\"caregiverId\":\"{Guid.NewGuid()}\",\"listingId\":\"{Guid.NewGuid()}\"");
        }

        await HasError(await family.PostAsync("/api/v1/bookings", Json(withIds)), field);
        Assert.Equal(0, (await (await family.GetAsync("/api/v1/bookings")).ReadJsonAsync()).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("""{"title":"Penitipan","areaCode":"73.71.13"}""", "kind")]
    [InlineData("""{"kind":"daycare","title":"Penitipan","areaCode":"73.71.13","daycare":{"addressLine":"Jl. A","point":{"lat":-5.13,"lon":119.48},"openingDays":["monday"],"closes":"16:00","placesPerDay":5,"minAgeYears":2,"maxAgeYears":10,"pricePerDayIdr":85000}}""", "daycare.opens")]
    [InlineData("""{"kind":"daycare","title":"Penitipan","areaCode":"73.71.13","daycare":{"addressLine":"Jl. A","point":{"lon":119.48},"openingDays":["monday"],"opens":"07:30","closes":"16:00","placesPerDay":5,"minAgeYears":2,"maxAgeYears":10,"pricePerDayIdr":85000}}""", "daycare.point.lat")]
    [InlineData("""{"kind":"mobileClinic","title":"Klinik","areaCode":"73.09.04","mobileClinic":{"services":["blood-pressure-check"]}}""", "mobileClinic.pricePerVisitIdr")]
    [InlineData("""{"kind":"mobileClinic","title":"Klinik","areaCode":"73.09.04"}""", "mobileClinic")]
    public async Task AListingMissingAMember_IsRefusedNamingIt_AndNothingIsDrafted(string body, string field)
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);

        await HasError(await owner.PostAsync($"/api/v1/enterprises/{enterpriseId}/listings", Json(body)), field);
        Assert.Equal("[]", await (await owner.GetAsync($"/api/v1/enterprises/{enterpriseId}/listings")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnEmptyCareManagerGrant_IsRefused_AndTheCredentialStays()
    {
        var (_, caregiverId) = await app.NewVerifiedCaregiverAsync();
        var admin = await app.AdminAsync();
        (await admin.PutAsJsonAsync($"/api/v1/admin/caregivers/{caregiverId}/care-manager", new { granted = true })).EnsureSuccessStatusCode();

        await HasError(await admin.PutAsync($"/api/v1/admin/caregivers/{caregiverId}/care-manager", Json("{}")), "granted");
        var profile = await (await admin.GetAsync($"/api/v1/caregivers/{caregiverId}")).ReadJsonAsync();
        Assert.True(profile.GetProperty("careManager").GetBoolean());
    }

    [Fact]
    public async Task AnEmptyCareManagerChoice_IsRefused_AndTheChoiceStays()
    {
        var (_, caregiverId) = await app.NewCareManagerAsync();
        var (family, _) = await app.NewFamilyAsync();
        await family.ChooseCareManagerAsync(caregiverId);

        await HasError(await family.PutAsync("/api/v1/families/me/care-manager", Json("{}")), "caregiverId");
        Assert.Equal(caregiverId, (await (await family.GetAsync("/api/v1/families/me/care-manager")).ReadJsonAsync()).GetProperty("caregiverId").GetGuid());
    }

    [Theory]
    [InlineData("{\"email\":\"admin@peduli.test\\u0000\",\"password\":\"salah sekali\"}", "email")]
    [InlineData("{\"email\":\"admin@peduli.test\",\"password\":\"salah\\u0000sekali\"}", "password")]
    public async Task ASignInWithANul_IsRefusedNamingTheField(string body, string field)
    {
        await HasError(await app.CreateClient().PostAsync("/api/v1/auth/login", Json(body)), field);
    }

    [Fact]
    public async Task ASearchWithoutAnOffset_IsRefusedNamingIt()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/search/caregivers?lat=-5.1477&lon=119.4327&availableAt=2026-12-09T09:00:00&hours=2");

        await HasError(response, "availableAt");
    }

    [Fact]
    public async Task AnEnumAsANumber_IsRefusedNamingIt()
    {
        var family = await app.NewAccountAsync("family");

        await HasError(await family.PostAsync("/api/v1/families/me/recipients", Json(JsonBodies.With(RecipientNearGowa(), "\"kind\":0"))), "kind");
    }

    [Theory]
    [InlineData("/api/v1/bookings?status=0", "status")]
    [InlineData("/api/v1/bookings?status=99", "status")]
    [InlineData("/api/v1/search/services?kind=1&lat=-5.1477&lon=119.4327", "kind")]
    [InlineData("/api/v1/search/caregivers?sort=2&lat=-5.1477&lon=119.4327", "sort")]
    public async Task AnEnumInAQueryString_IsReadByNameOnly(string url, string field)
    {
        var family = await app.NewAccountAsync("family");

        await HasError(await family.GetAsync(url), field);
    }

    [Fact]
    public async Task AnErrorAnswer_SpeaksOneLanguage()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        caregiver.DefaultRequestHeaders.AcceptLanguage.Clear();
        caregiver.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id");

        var body = await (await caregiver.PutAsync("/api/v1/caregivers/me", Json(JsonBodies.With(TestCaregivers.CompleteProfile, "\"skills\":[\"juggling\"],\"fullName\":\"\"")))).ReadJsonAsync();

        Assert.Equal("Ada isian yang tidak sah.", body.GetProperty("title").GetString());
        Assert.Contains("keahlian", body.GetProperty("errors").GetProperty("skills[0]")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("tidak boleh kosong", body.GetProperty("errors").GetProperty("fullName")[0].GetString(), StringComparison.Ordinal);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}

public sealed class InputShapeOnSqlite(SqliteAppFactory app) : InputShapeTests<SqliteAppFactory>(app);

public sealed class InputShapeOnPostgres(PostgresAppFactory app) : InputShapeTests<PostgresAppFactory>(app);
