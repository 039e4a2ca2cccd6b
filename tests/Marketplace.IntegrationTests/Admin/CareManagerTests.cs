using System.Net;
using System.Net.Http.Json;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Admin;

/// <summary>PUT /api/v1/admin/caregivers/{id}/care-manager, on each database provider.</summary>
public abstract class CareManagerTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task AnAdmin_GrantsAVerifiedCaregiverTheCredential_AndWithdrawsIt()
    {
        var (_, id) = await app.NewVerifiedCaregiverAsync();
        var admin = await app.AdminAsync();

        var granted = await admin.PutAsJsonAsync($"/api/v1/admin/caregivers/{id}/care-manager", new { granted = true });
        Assert.True((await granted.ReadJsonAsync()).GetProperty("careManager").GetBoolean());

        var withdrawn = await admin.PutAsJsonAsync($"/api/v1/admin/caregivers/{id}/care-manager", new { granted = false });
        Assert.False((await withdrawn.ReadJsonAsync()).GetProperty("careManager").GetBoolean());
    }

    [Fact]
    public async Task AnUnverifiedCaregiver_CannotBeACareManager()
    {
        var (_, id) = await app.NewVerifiableCaregiverAsync();

        var response = await (await app.AdminAsync()).PutAsJsonAsync($"/api/v1/admin/caregivers/{id}/care-manager", new { granted = true });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task ACaregiver_CannotGrantThemselvesTheCredential()
    {
        var (caregiver, id) = await app.NewVerifiedCaregiverAsync();

        var response = await caregiver.PutAsJsonAsync($"/api/v1/admin/caregivers/{id}/care-manager", new { granted = true });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class CareManagerOnSqlite(SqliteAppFactory app) : CareManagerTests<SqliteAppFactory>(app);

public sealed class CareManagerOnPostgres(PostgresAppFactory app) : CareManagerTests<PostgresAppFactory>(app);
