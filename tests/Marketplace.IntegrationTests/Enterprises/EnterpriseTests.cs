using System.Net;
using System.Net.Http.Json;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;

namespace Marketplace.IntegrationTests.Enterprises;

/// <summary>Enterprise registration, its verification and who may see and change it, on each database provider.</summary>
public abstract class EnterpriseTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private static readonly object Registration = new
    {
        name = "LKS Bina Daksa Gowa", kind = "lks", registrationNumber = "LKS-7306-0087", areaCode = "73.06.08",
    };

    [Fact]
    public async Task AnEnterpriseAccount_Registers_AndIsPendingUntilVerified()
    {
        var owner = await app.NewAccountAsync("enterprise");

        var registered = await owner.PostJsonAsync("/api/v1/enterprises", Registration);

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var enterprise = await registered.ReadJsonAsync();
        Assert.Equal("pending", enterprise.GetProperty("verification").GetString());
        Assert.Equal("lks", enterprise.GetProperty("kind").GetString());
        Assert.Equal(enterprise.GetProperty("id").GetGuid(),
            (await (await owner.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("enterpriseId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(registered.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task RegisteringTwice_IsAConflict()
    {
        var owner = await app.NewAccountAsync("enterprise");
        await owner.PostJsonAsync("/api/v1/enterprises", Registration);

        var again = await owner.PostJsonAsync("/api/v1/enterprises", Registration);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task AFamily_CannotRegisterAnEnterprise()
    {
        var family = await app.NewAccountAsync("family");

        Assert.Equal(HttpStatusCode.Forbidden, (await family.PostJsonAsync("/api/v1/enterprises", Registration)).StatusCode);
    }

    [Theory]
    [InlineData("""{"name":"","kind":"lks","registrationNumber":"LKS-1","areaCode":"73.06.08"}""", "name")]
    [InlineData("""{"name":"LKS","kind":"lks","registrationNumber":"LKS-1","areaCode":"73"}""", "areaCode")]
    [InlineData("""{"name":"LKS","kind":"lks","registrationNumber":"","areaCode":"73.06.08"}""", "registrationNumber")]
    [InlineData("""{"name":"LKS","kind":"bank","registrationNumber":"LKS-1","areaCode":"73.06.08"}""", "kind")]
    public async Task ABadRegistration_IsRefusedNamingTheField(string body, string field)
    {
        var owner = await app.NewAccountAsync("enterprise");

        var response = await owner.PostAsync("/api/v1/enterprises", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await HasError(response, field);
    }

    [Fact]
    public async Task APendingEnterprise_IsHiddenFromOthers_UntilAnAdminVerifiesIt()
    {
        var (_, id) = await app.NewEnterpriseAsync();
        var family = await app.NewAccountAsync("family");
        Assert.Equal(HttpStatusCode.NotFound, (await family.GetAsync($"/api/v1/enterprises/{id}")).StatusCode);

        var decided = await (await app.AdminAsync()).PostJsonAsync($"/api/v1/admin/enterprises/{id}/verification", new { decision = "verified" });

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await family.GetAsync($"/api/v1/enterprises/{id}")).StatusCode);
    }

    [Fact]
    public async Task ARejection_NeedsAReason_AndTheOwnerReadsIt()
    {
        var (owner, id) = await app.NewEnterpriseAsync();
        var admin = await app.AdminAsync();

        await HasError(await admin.PostJsonAsync($"/api/v1/admin/enterprises/{id}/verification", new { decision = "rejected" }), "reason");
        await admin.PostJsonAsync($"/api/v1/admin/enterprises/{id}/verification", new { decision = "rejected", reason = "Nomor AHU tidak ditemukan." });

        var own = await (await owner.GetAsync($"/api/v1/enterprises/{id}")).ReadJsonAsync();
        Assert.Equal("rejected", own.GetProperty("verification").GetString());
        Assert.Equal("Nomor AHU tidak ditemukan.", own.GetProperty("rejectionReason").GetString());
    }

    [Fact]
    public async Task AnotherEnterprise_CannotChangeTheDetails()
    {
        var (_, id) = await app.NewEnterpriseAsync();
        var (other, _) = await app.NewEnterpriseAsync();

        var response = await other.PutAsJsonAsync($"/api/v1/enterprises/{id}", Registration);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnEnterprise_CannotVerifyItself()
    {
        var (owner, id) = await app.NewEnterpriseAsync();

        var response = await owner.PostJsonAsync($"/api/v1/admin/enterprises/{id}/verification", new { decision = "verified" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class EnterprisesOnSqlite(SqliteAppFactory app) : EnterpriseTests<SqliteAppFactory>(app);

public sealed class EnterprisesOnPostgres(PostgresAppFactory app) : EnterpriseTests<PostgresAppFactory>(app);
