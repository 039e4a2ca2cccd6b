using System.Net;
using System.Net.Http.Json;
using Marketplace.IntegrationTests.Api;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Families;

/// <summary>
/// A family marks caregivers it wants first for each person it cares for, through the API: per person, idempotent both
/// ways, verified caregivers only (an unknown or unverified one is not found), the person's own family only, and gone
/// with the person.
/// </summary>
public abstract class PreferredCaregiverTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private const string Path = "/api/v1/families/me/preferred-caregivers";

    [Fact]
    public async Task AFamily_MarksACaregiverForEachPerson_AndUnmarksHer_BothIdempotently()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, ibu) = await app.NewFamilyAsync();
        var nabila = (await (await family.PostJsonAsync("/api/v1/families/me/recipients", TestListings.Child())).ReadJsonAsync()).GetProperty("id").GetGuid();

        var marked = await family.PutAsJsonAsync($"{Path}/{caregiverId}", new { recipientId = ibu });
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        var view = await marked.ReadJsonAsync();
        Assert.Equal((caregiverId, ibu, "Irmawati", "Hj. Sitti Rahmah", true), (view.GetProperty("caregiverId").GetGuid(), view.GetProperty("recipientId").GetGuid(),
            view.GetProperty("fullName").GetString(), view.GetProperty("recipientName").GetString(), view.GetProperty("bookable").GetBoolean()));
        var again = await (await family.PutAsJsonAsync($"{Path}/{caregiverId}", new { recipientId = ibu })).ReadJsonAsync();
        Assert.Equal(view.GetProperty("markedAt").GetDateTimeOffset(), again.GetProperty("markedAt").GetDateTimeOffset());
        (await family.PutAsJsonAsync($"{Path}/{caregiverId}", new { recipientId = nabila })).EnsureSuccessStatusCode();
        Assert.Equal(new[] { ibu, nabila }.Order(), (await ListAsync(family)).Select(p => p.Recipient).Order());

        Assert.Equal(HttpStatusCode.NoContent, (await family.DeleteAsync($"{Path}/{caregiverId}?recipientId={ibu}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await family.DeleteAsync($"{Path}/{caregiverId}?recipientId={ibu}")).StatusCode);
        Assert.Equal([(caregiverId, nabila)], await ListAsync(family));
        Assert.Equal(HttpStatusCode.NoContent, (await family.DeleteAsync($"{Path}/{caregiverId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await family.DeleteAsync($"{Path}/{Guid.NewGuid()}")).StatusCode);
        Assert.Empty(await ListAsync(family));
    }

    [Fact]
    public async Task Marking_NamesAMissingPerson_AndFindsNoUnknownOrUnverifiedCaregiver_NorAnotherFamilysPerson()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (_, pendingId) = await app.NewVerifiableCaregiverAsync();
        var (family, ibu) = await app.NewFamilyAsync();
        var (stranger, strangersIbu) = await app.NewFamilyAsync();

        await ProblemAssertions.HasError(await family.PutAsJsonAsync($"{Path}/{caregiverId}", new { }), "recipientId");
        Assert.Equal(HttpStatusCode.NotFound, (await family.PutAsJsonAsync($"{Path}/{Guid.NewGuid()}", new { recipientId = ibu })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await family.PutAsJsonAsync($"{Path}/{pendingId}", new { recipientId = ibu })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await family.PutAsJsonAsync($"{Path}/{caregiverId}", new { recipientId = strangersIbu })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await family.DeleteAsync($"{Path}/{caregiverId}?recipientId={strangersIbu}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caregiver.PutAsJsonAsync($"{Path}/{caregiverId}", new { recipientId = ibu })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caregiver.GetAsync(Path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(Path)).StatusCode);
        Assert.Empty(await ListAsync(family));
        Assert.Empty(await ListAsync(stranger));
    }

    [Fact]
    public async Task APersonRemoved_TakesTheirPreferredCaregiversWithThem()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, ibu) = await app.NewFamilyAsync();
        (await family.PutAsJsonAsync($"{Path}/{caregiverId}", new { recipientId = ibu })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NoContent, (await family.DeleteAsync($"/api/v1/families/me/recipients/{ibu}")).StatusCode);

        Assert.Empty(await ListAsync(family));
    }

    private static async Task<List<(Guid Caregiver, Guid Recipient)>> ListAsync(HttpClient family) =>
        [.. (await (await family.GetAsync(Path)).ReadJsonAsync()).EnumerateArray()
            .Select(p => (p.GetProperty("caregiverId").GetGuid(), p.GetProperty("recipientId").GetGuid()))];
}

public sealed class PreferredCaregiversOnSqlite(SqliteAppFactory app) : PreferredCaregiverTests<SqliteAppFactory>(app);

public sealed class PreferredCaregiversOnPostgres(PostgresAppFactory app) : PreferredCaregiverTests<PostgresAppFactory>(app);
