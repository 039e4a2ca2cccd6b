using System.Net;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Admin;

/// <summary>POST /api/v1/admin/caregivers/{id}/verification, on each database provider.</summary>
public abstract class CaregiverVerificationTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task AnAdmin_VerifiesACompleteProfile_AndFamiliesCanThenSeeIt()
    {
        var (_, id) = await app.NewVerifiableCaregiverAsync();

        var decided = await (await app.AdminAsync()).PostJsonAsync(Path(id), new { decision = "verified" });

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.True((await decided.ReadJsonAsync()).GetProperty("verified").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/api/v1/caregivers/{id}")).StatusCode);
    }

    [Fact]
    public async Task VerifyingAnIncompleteProfile_IsAConflict()
    {
        var id = await NewCaregiverAsync(withProfile: false);

        var decided = await (await app.AdminAsync()).PostJsonAsync(Path(id), new { decision = "verified" });

        Assert.Equal(HttpStatusCode.Conflict, decided.StatusCode);
    }

    [Fact]
    public async Task VerifyingWithoutACertificate_IsAConflict()
    {
        var id = await NewCaregiverAsync(withProfile: true);

        var decided = await (await app.AdminAsync()).PostJsonAsync(Path(id), new { decision = "verified" });

        Assert.Equal(HttpStatusCode.Conflict, decided.StatusCode);
    }

    [Fact]
    public async Task VerifyingTwice_IsAConflict()
    {
        var (_, id) = await app.NewVerifiableCaregiverAsync();
        var admin = await app.AdminAsync();
        await admin.PostJsonAsync(Path(id), new { decision = "verified" });

        var again = await admin.PostJsonAsync(Path(id), new { decision = "verified" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task ARejection_CarriesItsReasonToTheCaregiver()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var id = await caregiver.SaveProfileAsync();

        await (await app.AdminAsync()).PostJsonAsync(Path(id), new { decision = "rejected", reason = "Sertifikat tidak terbaca." });

        var own = await (await caregiver.GetAsync($"/api/v1/caregivers/{id}")).ReadJsonAsync();
        Assert.Equal("rejected", own.GetProperty("verification").GetString());
        Assert.Equal("Sertifikat tidak terbaca.", own.GetProperty("rejectionReason").GetString());
    }

    [Theory]
    [InlineData("""{"decision":"rejected"}""", "reason")]
    [InlineData("""{"decision":"maybe"}""", "decision")]
    [InlineData("""{}""", "decision")]
    public async Task ABadDecision_IsRefusedNamingTheField(string body, string field)
    {
        var id = await NewCaregiverAsync(withProfile: true);

        var response = await (await app.AdminAsync()).PostAsync(Path(id), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task ACaregiver_CannotVerifyThemselves()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var id = await caregiver.SaveProfileAsync();

        var response = await caregiver.PostJsonAsync(Path(id), new { decision = "verified" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownCaregiver_IsNotFound()
    {
        var response = await (await app.AdminAsync()).PostJsonAsync(Path(Guid.NewGuid()), new { decision = "verified" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Path(Guid id) => $"/api/v1/admin/caregivers/{id}/verification";

    private async Task<Guid> NewCaregiverAsync(bool withProfile)
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        if (withProfile)
        {
            return await caregiver.SaveProfileAsync();
        }

        return (await (await caregiver.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("caregiverId").GetGuid();
    }
}

public sealed class CaregiverVerificationOnSqlite(SqliteAppFactory app) : CaregiverVerificationTests<SqliteAppFactory>(app);

public sealed class CaregiverVerificationOnPostgres(PostgresAppFactory app) : CaregiverVerificationTests<PostgresAppFactory>(app);
