using Marketplace.Application.Families;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Persistence.Entries;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// Every read of health data (a booking's visit notes and vital signs, a recipient's health details) is in the
/// access log with who read it, when, which record and why, as UU 27/2022 asks of specific personal data:
/// through the API and the pages alike, by the family, the caregiver, the care manager and an admin.
/// </summary>
public abstract class HealthDataAccessLogTests<TFactory>(HealthDataApp<TFactory> fixture) : IClassFixture<HealthDataApp<TFactory>>
    where TFactory : MarketplaceAppFactory, new()
{
    private HealthDataPeople People => fixture.People;

    [Fact]
    public async Task AnAdminReadingABookingWithItsVisitLog_IsLogged_AsAdminSupport()
    {
        var entry = Assert.Single(await ReadAsync(People.Admin, $"/api/v1/bookings/{People.Recorded}"));
        await AssertEntryAsync(entry, People.Admin, "admin", HealthRecord.VisitLog, People.Recorded, AccessPurpose.AdminSupport);
    }

    [Fact]
    public async Task TheCareManagerOpeningTheBookingPage_IsLogged_AsOversight()
    {
        var entry = Assert.Single(await ReadAsync(People.CareManagerPages, $"/bookings/{People.Recorded}", People.CareManager));
        await AssertEntryAsync(entry, People.CareManager, "caregiver", HealthRecord.VisitLog, People.Recorded, AccessPurpose.CareManagerOversight);
    }

    [Fact]
    public async Task TheCareManagersOverview_InTheApiAndThePage_IsLogged_AsOversight()
    {
        foreach (var (client, path) in new[] { (People.CareManager, "/api/v1/care-managers/me/families"), (People.CareManagerPages, "/care-manager") })
        {
            var entry = Assert.Single(await ReadAsync(client, path, People.CareManager));
            await AssertEntryAsync(entry, People.CareManager, "caregiver", HealthRecord.VisitLog, People.Recorded, AccessPurpose.CareManagerOversight);
        }
    }

    [Fact]
    public async Task TheFamilyAndTheCaregiverListingTheirBookings_AreLogged_AsTheirOwnAndAsProvidingCare()
    {
        var family = Assert.Single(await ReadAsync(People.FamilyPages, "/bookings", People.Family));
        await AssertEntryAsync(family, People.Family, "family", HealthRecord.VisitLog, People.Recorded, AccessPurpose.OwnFamily);
        var caregiver = Assert.Single(await ReadAsync(People.Caregiver, "/api/v1/bookings"));
        await AssertEntryAsync(caregiver, People.Caregiver, "caregiver", HealthRecord.VisitLog, People.Recorded, AccessPurpose.ProvidingCare);
    }

    [Fact]
    public async Task ARecipientsHealthDetails_AreLogged_WithWhyEachReaderMaySeeThem()
    {
        var path = $"/api/v1/recipients/{People.Elder}";
        foreach (var (reader, role, purpose) in new[]
        {
            (People.Family, "family", AccessPurpose.OwnFamily), (People.Caregiver, "caregiver", AccessPurpose.ProvidingCare),
            (People.CareManager, "caregiver", AccessPurpose.CareManagerOversight),
        })
        {
            var entry = Assert.Single(await ReadAsync(reader, path));
            await AssertEntryAsync(entry, reader, role, HealthRecord.RecipientDetails, People.Elder, purpose);
        }

        var page = Assert.Single(await ReadAsync(People.FamilyPages, "/family/recipients", People.Family));
        await AssertEntryAsync(page, People.Family, "family", HealthRecord.RecipientDetails, People.Elder, AccessPurpose.OwnFamily);
    }

    [Fact]
    public async Task ACommandAnsweredWithTheVisitLog_IsLogged_AsAReadByWhoeverSentIt()
    {
        // The check-out's answer is the booking with the log just written: a read like any other.
        var caregiverId = await UserIdAsync(People.Caregiver);
        var entries = await fixture.App.InScopeAsync(async services => await services.GetRequiredService<MarketplaceDbContext>().RecipientAccessLog
            .Where(a => a.ViewerUserId == caregiverId && a.RecordId == People.Recorded).ToListAsync());

        var atCheckOut = Assert.Single(entries, a => Math.Abs((a.ViewedAt - People.CheckedOutAt).TotalMinutes) < 1);
        Assert.Equal(AccessPurpose.ProvidingCare, atCheckOut.Purpose);
        Assert.Equal(HealthRecord.VisitLog, atCheckOut.Record);
        Assert.Equal(People.Elder, atCheckOut.RecipientId);
    }

    [Fact]
    public async Task ABookingWithoutAVisitLog_ShowsNoHealthData_AndNothingIsLogged_WhileARefusedReadLogsNothing()
    {
        Assert.Empty(await ReadAsync(People.Admin, $"/api/v1/bookings/{People.Unrecorded}"));
        Assert.Empty(await ReadAsync(People.OtherFamily, $"/api/v1/bookings/{People.Recorded}", expectedStatus: 404));
        Assert.Empty(await ReadAsync(People.OtherFamily, $"/api/v1/recipients/{People.Elder}", expectedStatus: 404));
    }

    /// <summary>Reads <paramref name="path"/> and returns the log entries it wrote, with the clock's now before and after it.</summary>
    private async Task<IReadOnlyList<Logged>> ReadAsync(HttpClient reader, string path, HttpClient? apiClientOfReader = null, int expectedStatus = 200)
    {
        var app = fixture.App;
        var readerId = await UserIdAsync(apiClientOfReader ?? reader);
        var before = app.Clock.GetUtcNow();
        var response = await reader.GetAsync(path);
        var after = app.Clock.GetUtcNow();
        Assert.Equal(expectedStatus, (int)response.StatusCode);
        var entries = await app.InScopeAsync(async services => await services.GetRequiredService<MarketplaceDbContext>().RecipientAccessLog
            .Where(a => a.ViewerUserId == readerId).ToListAsync());
        return [.. entries.Where(a => a.ViewedAt >= before && a.ViewedAt <= after).Select(a => new Logged(a, before, after))];
    }

    private static async Task AssertEntryAsync(Logged logged, HttpClient reader, string role, HealthRecord record, Guid recordId, AccessPurpose purpose)
    {
        var entry = logged.Entry;
        Assert.Equal(await UserIdAsync(reader), entry.ViewerUserId);
        Assert.Equal(role, entry.ViewerRole);
        Assert.InRange(entry.ViewedAt, logged.Before, logged.After);
        Assert.Equal(record, entry.Record);
        Assert.Equal(recordId, entry.RecordId);
        Assert.Equal(purpose, entry.Purpose);
    }

    private static async Task<Guid> UserIdAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("id").GetGuid();

    private sealed record Logged(RecipientAccess Entry, DateTimeOffset Before, DateTimeOffset After);
}

public sealed class HealthDataAccessLogOnSqlite(HealthDataApp<SqliteAppFactory> fixture) : HealthDataAccessLogTests<SqliteAppFactory>(fixture);

public sealed class HealthDataAccessLogOnPostgres(HealthDataApp<PostgresAppFactory> fixture) : HealthDataAccessLogTests<PostgresAppFactory>(fixture);
