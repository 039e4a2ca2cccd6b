using System.Net;
using System.Net.Http.Json;
using Marketplace.Application.Families;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Families;

/// <summary>
/// A family changes and removes the people it cares for and withdraws its consent for their health details: what was
/// shared stops being readable by the caregiver and the care manager, the access log says so, and a person with a
/// booking not over cannot be removed.
/// </summary>
public abstract class PeopleInCareTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task WithdrawingConsent_ErasesTheHealthDetails_HidesThePersonFromCaregiverAndCareManager_AndIsLogged()
    {
        var (careManager, careManagerId) = await app.NewCareManagerAsync();
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Monday, 9));
        (await family.PutAsJsonAsync("/api/v1/families/me/care-manager", new { caregiverId = careManagerId })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await caregiver.GetAsync($"/api/v1/recipients/{recipientId}")).StatusCode);

        var before = app.Clock.GetUtcNow();
        var withdrawn = await family.DeleteAsync($"/api/v1/families/me/recipients/{recipientId}/consent");

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var answer = await withdrawn.ReadJsonAsync();
        Assert.Empty(answer.GetProperty("needs").EnumerateArray());
        Assert.True(answer.GetProperty("consentWithdrawnAt").GetDateTimeOffset() >= before);
        var readsBefore = await LogAsync(recipientId);
        Assert.Equal(HttpStatusCode.NotFound, (await caregiver.GetAsync($"/api/v1/recipients/{recipientId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await careManager.GetAsync($"/api/v1/recipients/{recipientId}")).StatusCode);
        Assert.Equal(readsBefore.Count, (await LogAsync(recipientId)).Count);
        var logged = Assert.Single(readsBefore, entry => entry.Record == HealthRecord.Consent);
        Assert.Equal(AccessPurpose.ConsentWithdrawn, logged.Purpose);
        Assert.Equal("family", logged.ViewerRole);
        Assert.Equal(await UserIdAsync(family), logged.ViewerUserId);
        var own = await (await family.GetAsync($"/api/v1/recipients/{recipientId}")).ReadJsonAsync();
        Assert.Empty(own.GetProperty("needs").EnumerateArray());
        await HasConflict(await family.DeleteAsync($"/api/v1/families/me/recipients/{recipientId}/consent"), "already withdrawn");
    }

    [Fact]
    public async Task HealthDetails_AfterAWithdrawal_AreKeptOnlyWithConsentGivenAgain()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Tuesday, 9));
        (await family.DeleteAsync($"/api/v1/families/me/recipients/{recipientId}/consent")).EnsureSuccessStatusCode();

        var needsWithoutConsent = new
        {
            name = "Hj. Sitti Rahmah", kind = "elder", birthYear = 1948, needs = new[] { "mobility" },
            address = new { areaCode = "73.06.08", line = "Jl. Poros Malino No. 3", lat = -5.1990, lon = 119.4500 }, consent = false,
        };
        await HasConflict(await family.PutAsJsonAsync($"/api/v1/families/me/recipients/{recipientId}", needsWithoutConsent), "only with consent");
        var given = await family.PutAsJsonAsync($"/api/v1/families/me/recipients/{recipientId}", RecipientNearGowa());

        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        var answer = await given.ReadJsonAsync();
        Assert.Equal("mobility", Assert.Single(answer.GetProperty("needs").EnumerateArray()).GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, answer.GetProperty("consentWithdrawnAt").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await caregiver.GetAsync($"/api/v1/recipients/{recipientId}")).StatusCode);
    }

    [Fact]
    public async Task APersonWithABookingNotOver_IsNotRemoved_ButOnceItIsCancelledTheyAre_AndTheAccessLogStays()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var bookingId = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Wednesday, 9));
        (await family.GetAsync($"/api/v1/recipients/{recipientId}")).EnsureSuccessStatusCode();

        await HasConflict(await family.DeleteAsync($"/api/v1/families/me/recipients/{recipientId}"), "not over");
        Assert.Equal(HttpStatusCode.OK, (await family.GetAsync($"/api/v1/recipients/{recipientId}")).StatusCode);
        (await family.PostAsync($"/api/v1/bookings/{bookingId}/cancel", null)).EnsureSuccessStatusCode();
        var removed = await family.DeleteAsync($"/api/v1/families/me/recipients/{recipientId}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await family.GetAsync($"/api/v1/recipients/{recipientId}")).StatusCode);
        Assert.Empty((await (await family.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync()).EnumerateArray());
        var log = await LogAsync(recipientId);
        Assert.Contains(log, entry => entry.Purpose == AccessPurpose.OwnFamily && entry.Record == HealthRecord.RecipientDetails);
        Assert.Contains(log, entry => entry.Purpose == AccessPurpose.RecipientRemoved);
        Assert.Equal("Hj. Sitti Rahmah", (await (await family.GetAsync($"/api/v1/bookings/{bookingId}")).ReadJsonAsync()).GetProperty("recipientName").GetString());
    }

    [Fact]
    public async Task AnotherFamilysPerson_CannotBeChangedRemovedOrWithdrawn_AndIsNotFound()
    {
        var (owner, recipientId) = await app.NewFamilyAsync();
        var (other, _) = await app.NewFamilyAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/families/me/recipients/{recipientId}", RecipientNearGowa())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/families/me/recipients/{recipientId}/consent")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/families/me/recipients/{recipientId}")).StatusCode);
        var pages = await app.OnPagesAsync(other);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/family/recipients/{recipientId}")).StatusCode);
        var kept = await (await owner.GetAsync($"/api/v1/recipients/{recipientId}")).ReadJsonAsync();
        Assert.Equal("mobility", Assert.Single(kept.GetProperty("needs").EnumerateArray()).GetString());
    }

    private Task<List<Infrastructure.Persistence.Entries.RecipientAccess>> LogAsync(Guid recipientId) =>
        app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().RecipientAccessLog.Where(a => a.RecipientId == recipientId).ToListAsync());

    private static async Task<Guid> UserIdAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("id").GetGuid();
}

public sealed class PeopleInCareOnSqlite(SqliteAppFactory app) : PeopleInCareTests<SqliteAppFactory>(app);

public sealed class PeopleInCareOnPostgres(PostgresAppFactory app) : PeopleInCareTests<PostgresAppFactory>(app);
