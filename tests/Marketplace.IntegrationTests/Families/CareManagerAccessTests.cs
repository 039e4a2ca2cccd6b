using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Families;

/// <summary>The care manager a family chooses reads its recipients and visit logs; nobody else gains access.</summary>
public abstract class CareManagerAccessTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task AFamily_ChoosesACareManager_WhoReadsItsRecipientsAndBookings_ButCannotActOnThem()
    {
        var (careManager, careManagerId) = await app.NewCareManagerAsync();
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var bookingId = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Monday, 9));
        Assert.Equal(HttpStatusCode.NotFound, (await careManager.GetAsync($"/api/v1/bookings/{bookingId}")).StatusCode);

        var chosen = await family.PutAsJsonAsync("/api/v1/families/me/care-manager", new { caregiverId = careManagerId });

        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        var booking = await (await careManager.GetAsync($"/api/v1/bookings/{bookingId}")).ReadJsonAsync();
        Assert.Equal(JsonValueKind.Null, booking.GetProperty("you").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await careManager.GetAsync($"/api/v1/recipients/{recipientId}")).StatusCode);
        var managed = await (await careManager.GetAsync("/api/v1/care-managers/me/families")).ReadJsonAsync();
        Assert.Contains(bookingId, managed.GetProperty("bookings").EnumerateArray().Select(b => b.GetProperty("id").GetGuid()));
        // Reading is all a care manager may do: the actions exist for the booking's parties only.
        Assert.Equal(HttpStatusCode.NotFound, (await careManager.PostAsync($"/api/v1/bookings/{bookingId}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await careManager.PostAsync($"/api/v1/bookings/{bookingId}/cancel", null)).StatusCode);
        Assert.Equal("provider", (await (await caregiver.GetAsync($"/api/v1/bookings/{bookingId}")).ReadJsonAsync()).GetProperty("you").GetString());

        (await family.PutAsJsonAsync("/api/v1/families/me/care-manager", new { caregiverId = (Guid?)null })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await careManager.GetAsync($"/api/v1/recipients/{recipientId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await careManager.GetAsync($"/api/v1/bookings/{bookingId}")).StatusCode);
    }

    [Fact]
    public async Task ACaregiverWithoutTheCredential_CannotBeChosen_AndOnlyFamiliesChoose()
    {
        var (_, caregiverId) = await app.NewVerifiedCaregiverAsync();
        var (family, _) = await app.NewFamilyAsync();

        await HasConflict(await family.PutAsJsonAsync("/api/v1/families/me/care-manager", new { caregiverId }), "credential");
        Assert.Equal(HttpStatusCode.NotFound, (await family.PutAsJsonAsync("/api/v1/families/me/care-manager", new { caregiverId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.NewAccountAsync("caregiver")).PutAsJsonAsync("/api/v1/families/me/care-manager", new { caregiverId })).StatusCode);
        Assert.DoesNotContain(caregiverId, (await (await app.CreateClient().GetAsync("/api/v1/care-managers")).ReadJsonAsync())
            .EnumerateArray().Select(c => c.GetProperty("caregiverId").GetGuid()));
    }
}

public sealed class CareManagerAccessOnSqlite(SqliteAppFactory app) : CareManagerAccessTests<SqliteAppFactory>(app);

public sealed class CareManagerAccessOnPostgres(PostgresAppFactory app) : CareManagerAccessTests<PostgresAppFactory>(app);
