using System.Net;
using System.Text;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;

namespace Marketplace.IntegrationTests.Caregivers;

/// <summary>PUT /api/v1/caregivers/me and GET /api/v1/caregivers/{id}, on each database provider.</summary>
public abstract class CaregiverProfileTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private static readonly string ProfileJson = System.Text.Json.JsonSerializer.Serialize(new
    {
        fullName = "Andi Nurhaliza",
        bio = "Perawat lansia, sabar dan tepat waktu.",
        skills = new[] { "elder-care", "dementia-care" },
        languages = new[] { "id", "bug" },
        hourlyRateIdr = 75_000,
        home = new { lat = -5.1477, lon = 119.4327 },
        serviceRadiusKm = 10,
        areaCodes = new[] { "73.71.10", "73.71.13" },
    });

    [Fact]
    public async Task ACaregiver_WritesTheirProfile_AndReadsItBack()
    {
        var client = await app.NewAccountAsync("caregiver");

        var saved = await client.PutAsync("/api/v1/caregivers/me", Json(ProfileJson));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var id = (await saved.ReadJsonAsync()).GetProperty("id").GetGuid();
        var profile = await (await client.GetAsync($"/api/v1/caregivers/{id}")).ReadJsonAsync();
        Assert.Equal(75_000, profile.GetProperty("hourlyRateIdr").GetInt64());
        Assert.Equal(["elder-care", "dementia-care"], profile.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.False(profile.GetProperty("verified").GetBoolean());
        Assert.False(profile.TryGetProperty("home", out _), "a public profile must not reveal where the caregiver lives");
    }

    [Fact]
    public async Task AnUnverifiedProfile_IsNotFoundForOthers()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var id = (await (await caregiver.PutAsync("/api/v1/caregivers/me", Json(ProfileJson))).ReadJsonAsync())
            .GetProperty("id").GetGuid();

        var family = await app.NewAccountAsync("family");
        var response = await family.GetAsync($"/api/v1/caregivers/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var admin = await app.AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/caregivers/{id}")).StatusCode);
    }

    [Fact]
    public async Task AFamily_CannotWriteACaregiverProfile()
    {
        var family = await app.NewAccountAsync("family");

        var response = await family.PutAsync("/api/v1/caregivers/me", Json(ProfileJson));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task WritingAProfile_WithoutSigningIn_IsUnauthorized()
    {
        var response = await app.CreateClient().PutAsync("/api/v1/caregivers/me", Json(ProfileJson));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }


    [Theory]
    [MemberData(nameof(BadCaregiverProfiles.Changes), MemberType = typeof(BadCaregiverProfiles))]
    /// <param name="change">a JSON member that replaces the valid profile's.</param>
    public async Task ABadProfile_IsRefusedNamingTheField(string change, string field)
    {
        var client = await app.NewAccountAsync("caregiver");
        var body = JsonBodies.With(ProfileJson, change);

        var response = await client.PutAsync("/api/v1/caregivers/me", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.True(HasError(errors, field), $"no error for '{field}' in {errors}");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");}

public sealed class CaregiverProfileOnSqlite(SqliteAppFactory app) : CaregiverProfileTests<SqliteAppFactory>(app);

public sealed class CaregiverProfileOnPostgres(PostgresAppFactory app) : CaregiverProfileTests<PostgresAppFactory>(app);

/// <summary>One wrong field at a time, and the error key it must produce.</summary>
public static class BadCaregiverProfiles
{
    public static TheoryData<string, string> Changes => new()
    {
        { "\"hourlyRateIdr\":-5", "hourlyRateIdr" },
        { "\"hourlyRateIdr\":5000000", "hourlyRateIdr" },
        { "\"hourlyRateIdr\":75000.5", "hourlyRateIdr" },
        { "\"serviceRadiusKm\":0", "serviceRadiusKm" },
        { "\"serviceRadiusKm\":101", "serviceRadiusKm" },
        { "\"home\":{\"lat\":51.5,\"lon\":-0.12}", "home.lat" },
        { "\"home\":null", "home" },
        { "\"skills\":[\"juggling\"]", "skills[0]" },
        { "\"skills\":[]", "skills" },
        { "\"languages\":[\"klingon\"]", "languages[0]" },
        { "\"areaCodes\":[\"73.99.99\"]", "areaCodes[0]" },
        { "\"areaCodes\":[\"73\"]", "areaCodes[0]" },
        { "\"fullName\":\"\"", "fullName" },
    };
}
