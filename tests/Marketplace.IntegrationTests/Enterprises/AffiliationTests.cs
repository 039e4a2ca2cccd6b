using System.Net;
using System.Text.Json;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;

namespace Marketplace.IntegrationTests.Enterprises;

/// <summary>An enterprise invites a caregiver, the caregiver answers, either side ends it.</summary>
public abstract class AffiliationTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task ACaregiver_AcceptsAnInvitation_AndWorksWithTheEnterprise()
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);
        var (caregiver, caregiverId) = await NewCaregiverAsync();

        var invitation = await InviteAsync(owner, enterpriseId, caregiver);
        var mine = await (await caregiver.GetAsync("/api/v1/caregivers/me/affiliations")).ReadJsonAsync();
        Assert.Equal("invited", Assert.Single(mine.EnumerateArray()).GetProperty("status").GetString());

        var accepted = await caregiver.PostAsync($"/api/v1/affiliations/{invitation}/accept", null);

        Assert.Equal("accepted", (await accepted.ReadJsonAsync()).GetProperty("status").GetString());
        var profile = await (await caregiver.GetAsync($"/api/v1/caregivers/{caregiverId}")).ReadJsonAsync();
        Assert.Equal(enterpriseId, profile.GetProperty("enterpriseId").GetGuid());
    }

    [Fact]
    public async Task OnlyTheInvitedCaregiver_CanAnswer()
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);
        var (caregiver, _) = await NewCaregiverAsync();
        var invitation = await InviteAsync(owner, enterpriseId, caregiver);
        var (stranger, _) = await NewCaregiverAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/affiliations/{invitation}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsync($"/api/v1/affiliations/{invitation}/accept", null)).StatusCode);
    }

    [Fact]
    public async Task InvitingTheSameCaregiverTwice_IsAConflict()
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);
        var (caregiver, _) = await NewCaregiverAsync();
        await InviteAsync(owner, enterpriseId, caregiver);

        var again = await owner.PostJsonAsync($"/api/v1/enterprises/{enterpriseId}/affiliations", new { caregiverEmail = await caregiver.EmailOfAsync() });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task InvitingAnEmailWithoutACaregiver_IsRefusedNamingTheField()
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);

        var response = await owner.PostJsonAsync($"/api/v1/enterprises/{enterpriseId}/affiliations", new { caregiverEmail = "tidak.ada@contoh.id" });

        await HasError(response, "caregiverEmail");
    }

    [Fact]
    public async Task AnEnterpriseNotYetVerified_CannotInvite_AndLearnsNothingAboutTheAddress()
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync();
        var caregiverEmail = await (await app.NewVerifiedCaregiverAsync()).Client.EmailOfAsync();

        var forACaregiver = await owner.PostJsonAsync($"/api/v1/enterprises/{enterpriseId}/affiliations", new { caregiverEmail });
        var forNobody = await owner.PostJsonAsync($"/api/v1/enterprises/{enterpriseId}/affiliations", new { caregiverEmail = "tidak.ada@contoh.id" });

        Assert.Equal(HttpStatusCode.Conflict, forACaregiver.StatusCode);
        var detail = (await forACaregiver.ReadJsonAsync()).GetProperty("detail").GetString();
        Assert.Equal(detail, (await forNobody.ReadJsonAsync()).GetProperty("detail").GetString());
        Assert.Contains("verified", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherEnterprise_CannotInviteInYourName()
    {
        var (_, enterpriseId) = await app.NewEnterpriseAsync(verified: true);
        var (other, _) = await app.NewEnterpriseAsync(verified: true);
        var (caregiver, _) = await NewCaregiverAsync();

        var response = await other.PostJsonAsync($"/api/v1/enterprises/{enterpriseId}/affiliations", new { caregiverEmail = await caregiver.EmailOfAsync() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheEnterprise_EndsAnAffiliation_AndTheCaregiverIsIndependentAgain()
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);
        var (caregiver, caregiverId) = await NewCaregiverAsync();
        var invitation = await InviteAsync(owner, enterpriseId, caregiver);
        await caregiver.PostAsync($"/api/v1/affiliations/{invitation}/accept", null);

        var ended = await owner.PostAsync($"/api/v1/affiliations/{invitation}/end", null);

        Assert.Equal("ended", (await ended.ReadJsonAsync()).GetProperty("status").GetString());
        var profile = await (await caregiver.GetAsync($"/api/v1/caregivers/{caregiverId}")).ReadJsonAsync();
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("enterpriseId").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, (await caregiver.PostAsync($"/api/v1/affiliations/{invitation}/end", null)).StatusCode);
    }

    private async Task<(HttpClient, Guid)> NewCaregiverAsync()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        return (caregiver, await caregiver.SaveProfileAsync());
    }

    private static async Task<Guid> InviteAsync(HttpClient owner, Guid enterpriseId, HttpClient caregiver)
    {
        var invited = await owner.PostJsonAsync($"/api/v1/enterprises/{enterpriseId}/affiliations", new { caregiverEmail = await caregiver.EmailOfAsync() });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        return (await invited.ReadJsonAsync()).GetProperty("id").GetGuid();
    }
}

public sealed class AffiliationsOnSqlite(SqliteAppFactory app) : AffiliationTests<SqliteAppFactory>(app);

public sealed class AffiliationsOnPostgres(PostgresAppFactory app) : AffiliationTests<PostgresAppFactory>(app);
