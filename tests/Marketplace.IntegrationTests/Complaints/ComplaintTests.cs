using System.Net;
using System.Net.Http.Json;
using Marketplace.Application.Families;
using Marketplace.Infrastructure.Persistence;
using Marketplace.IntegrationTests.Api;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Complaints;

/// <summary>
/// A family complains about a booking's care, once; admins take it up and resolve it; an upheld complaint may
/// suspend the caregiver or the listing (out of search, no new bookings, the provider told why) until an admin
/// lifts it. The complaint is between the family and the platform, and every read of it is logged.
/// </summary>
public abstract class ComplaintTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private const string Nearby = "/api/v1/search/caregivers?lat=-5.2030&lon=119.4580&radiusKm=5&pageSize=50";

    [Fact]
    public async Task AnUpheldComplaint_SuspendsTheCaregiver_UntilAnAdminLiftsIt()
    {
        var start = Next(DayOfWeek.Monday, 9);
        var (caregiver, caregiverId, family, id) = await app.GivenVisitAsync(start);
        var pending = await RequestAsync(caregiverId, Next(DayOfWeek.Friday, 13));

        var filed = await family.PostAsJsonAsync($"/api/v1/bookings/{id}/complaint", new { category = "safety", description = "Ibu saya dibiarkan jatuh." });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var complaintId = (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();
        await ProblemAssertions.HasConflict(await family.PostAsJsonAsync($"/api/v1/bookings/{id}/complaint", new { category = "other", description = "Lagi." }), "filed already");
        Assert.Equal(HttpStatusCode.Forbidden, (await caregiver.GetAsync($"/api/v1/bookings/{id}/complaint")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caregiver.PostAsJsonAsync($"/api/v1/bookings/{id}/complaint", new { category = "other", description = "Saya." })).StatusCode);
        var (stranger, _) = await app.NewFamilyAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/bookings/{id}/complaint")).StatusCode);

        var admin = await app.AdminAsync();
        var queue = await (await admin.GetAsync("/api/v1/admin/complaints?status=open")).ReadJsonAsync();
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == complaintId && c.GetProperty("category").GetString() == "safety");
        Assert.Equal("investigating", (await (await admin.PostAsync($"/api/v1/admin/complaints/{complaintId}/investigate", null)).ReadJsonAsync()).GetProperty("status").GetString());
        await ProblemAssertions.HasConflict(await admin.PostAsync($"/api/v1/admin/complaints/{complaintId}/investigate", null), "Only an open complaint");
        Assert.Equal(HttpStatusCode.Forbidden, (await family.PostAsync($"/api/v1/admin/complaints/{complaintId}/investigate", null)).StatusCode);

        var resolved = await admin.PostAsJsonAsync($"/api/v1/admin/complaints/{complaintId}/resolve", new
        {
            outcome = "upheld", resolution = "Kami menemukan kelalaian.", suspendProvider = true, suspensionReason = "Kelalaian yang membahayakan lansia.",
        });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.True((await resolved.ReadJsonAsync()).GetProperty("suspendedProvider").GetBoolean());
        await ProblemAssertions.HasConflict(await admin.PostAsJsonAsync($"/api/v1/admin/complaints/{complaintId}/resolve", new { outcome = "notUpheld", resolution = "Lagi." }), "resolved already");

        // Suspended: her profile is hidden, search drops her, she takes no new request and cannot accept a pending one.
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/api/v1/caregivers/{caregiverId}")).StatusCode);
        await Eventually.TrueAsync(async () => !await InSearchAsync(caregiverId), "search still finds the suspended caregiver");
        var (another, recipientId) = await app.NewFamilyAsync();
        await ProblemAssertions.HasConflict(await another.RequestHomeCareAsync(caregiverId, recipientId, Next(DayOfWeek.Thursday, 9)), "Only a verified caregiver can be booked");
        await ProblemAssertions.HasConflict(await caregiver.PostAsync($"/api/v1/bookings/{pending}/accept", null), "Only a verified caregiver takes bookings");
        Assert.Contains("Kelalaian yang membahayakan lansia.", await app.EmailToAsync(await caregiver.EmailOfAsync(), "platform menangguhkan"), StringComparison.Ordinal);
        Assert.Contains("Kami menemukan kelalaian.", await app.EmailToAsync(await family.EmailOfAsync(), "Pengaduan Anda terbukti benar."), StringComparison.Ordinal);
        var seen = await (await caregiver.GetAsync($"/api/v1/caregivers/{caregiverId}")).ReadJsonAsync();
        Assert.Equal(("suspended", "Kelalaian yang membahayakan lansia."), (seen.GetProperty("verification").GetString(), seen.GetProperty("suspensionReason").GetString()));

        var case_ = await (await admin.GetAsync($"/api/v1/admin/complaints/{complaintId}")).ReadJsonAsync();
        Assert.Equal(complaintId, case_.GetProperty("providerSuspension").GetProperty("complaintId").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await caregiver.PostAsync($"/api/v1/admin/caregivers/{caregiverId}/reinstate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/caregivers/{caregiverId}/reinstate", null)).StatusCode);
        await ProblemAssertions.HasConflict(await admin.PostAsync($"/api/v1/admin/caregivers/{caregiverId}/reinstate", null), "not suspended");
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/api/v1/caregivers/{caregiverId}")).StatusCode);
        await Eventually.TrueAsync(() => InSearchAsync(caregiverId), "search did not find the reinstated caregiver");
        Assert.Equal(HttpStatusCode.OK, (await caregiver.PostAsync($"/api/v1/bookings/{pending}/accept", null)).StatusCode);
    }

    [Fact]
    public async Task AComplaint_NamesItsFaultyFields_IsRefusedAfterNinetyDays_AndOnlyAnUpheldOneSuspends()
    {
        var start = Next(DayOfWeek.Tuesday, 9);
        var (_, caregiverId, family, id) = await app.GivenVisitAsync(start);

        await ProblemAssertions.HasError(await family.PostAsJsonAsync($"/api/v1/bookings/{id}/complaint", new { description = "Tanpa jenis." }), "category");
        await ProblemAssertions.HasError(await family.PostAsJsonAsync($"/api/v1/bookings/{id}/complaint", new { category = "other", description = " " }), "description");
        Assert.Equal(HttpStatusCode.BadRequest, (await family.PostAsJsonAsync($"/api/v1/bookings/{id}/complaint", new { category = "bogus", description = "Jenis salah." })).StatusCode);
        using (app.Clock.TravelTo(start.AddHours(2).AddDays(91)))
        {
            await ProblemAssertions.HasConflict(await family.PostAsJsonAsync($"/api/v1/bookings/{id}/complaint", new { category = "other", description = "Terlambat." }), "within 90 days");
        }

        var complaintId = (await (await family.PostAsJsonAsync($"/api/v1/bookings/{id}/complaint", new { category = "billing", description = "Ditagih dua kali." })).ReadJsonAsync()).GetProperty("id").GetGuid();
        var admin = await app.AdminAsync();
        await ProblemAssertions.HasError(await admin.PostAsJsonAsync($"/api/v1/admin/complaints/{complaintId}/resolve", new { outcome = "upheld", resolution = "Benar.", suspendProvider = true }), "suspensionReason");
        await ProblemAssertions.HasError(await admin.PostAsJsonAsync($"/api/v1/admin/complaints/{complaintId}/resolve", new { resolution = "Tanpa hasil." }), "outcome");
        await ProblemAssertions.HasConflict(
            await admin.PostAsJsonAsync($"/api/v1/admin/complaints/{complaintId}/resolve", new { outcome = "notUpheld", resolution = "Tidak terbukti.", suspendProvider = true, suspensionReason = "Tetap." }),
            "Only an upheld complaint");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/admin/complaints/{Guid.NewGuid()}")).StatusCode);

        var resolved = await (await admin.PostAsJsonAsync($"/api/v1/admin/complaints/{complaintId}/resolve", new { outcome = "notUpheld", resolution = "Tagihan sudah benar." })).ReadJsonAsync();
        Assert.Equal(("resolved", "notUpheld", false), (resolved.GetProperty("status").GetString(), resolved.GetProperty("outcome").GetString(), resolved.GetProperty("suspendedProvider").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/api/v1/caregivers/{caregiverId}")).StatusCode);
        var seen = await (await family.GetAsync($"/api/v1/bookings/{id}/complaint")).ReadJsonAsync();
        Assert.Equal("Tagihan sudah benar.", seen.GetProperty("complaint").GetProperty("resolution").GetString());
    }

    [Fact]
    public async Task AnUpheldComplaintAboutADaycare_SuspendsTheListing_WhichItsOwnerCannotPublish_AndComesBackPaused()
    {
        var (owner, listingId) = await app.NewDaycareAsync(placesPerDay: 3);
        var (family, childId) = await app.NewFamilyAsync(TestListings.Child());
        var monday = DateOnly.FromDateTime(Next(DayOfWeek.Monday, 9).DateTime);
        var id = (await (await family.BookDaycareAsync(listingId, childId, monday)).ReadJsonAsync()).GetProperty("id").GetGuid();
        var complaintId = (await (await family.PostAsJsonAsync($"/api/v1/bookings/{id}/complaint", new { category = "conduct", description = "Anak kami dibentak." })).ReadJsonAsync()).GetProperty("id").GetGuid();

        var admin = await app.AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/admin/complaints/{complaintId}/resolve", new
        {
            outcome = "upheld", resolution = "Terbukti.", suspendProvider = true, suspensionReason = "Perlakuan kasar terhadap anak.",
        })).StatusCode);

        var suspended = await (await owner.GetAsync($"/api/v1/listings/{listingId}")).ReadJsonAsync();
        Assert.Equal(("suspended", "Perlakuan kasar terhadap anak."), (suspended.GetProperty("status").GetString(), suspended.GetProperty("suspensionReason").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await family.GetAsync($"/api/v1/listings/{listingId}")).StatusCode);
        var (other, otherChild) = await app.NewFamilyAsync(TestListings.Child());
        await ProblemAssertions.HasConflict(await other.BookDaycareAsync(listingId, otherChild, monday.AddDays(7)), "suspended by the platform");
        await ProblemAssertions.HasConflict(await owner.PostAsync($"/api/v1/listings/{listingId}/publish", null), "suspended by the platform");
        Assert.Contains("Perlakuan kasar terhadap anak.", await app.EmailToAsync(await owner.EmailOfAsync(), "platform menangguhkan"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/listings/{listingId}/reinstate", null)).StatusCode);
        Assert.Equal("paused", (await (await owner.GetAsync($"/api/v1/listings/{listingId}")).ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/api/v1/listings/{listingId}/publish", null)).StatusCode);
    }

    [Fact]
    public async Task EveryReadOfAComplaint_IsLogged_AsARead_OfTheRecipientsHealthData()
    {
        var (_, _, family, id) = await app.GivenVisitAsync(Next(DayOfWeek.Wednesday, 9));
        var complaintId = (await (await family.PostAsJsonAsync($"/api/v1/bookings/{id}/complaint", new { category = "qualityOfCare", description = "Luka tekan tidak dirawat." })).ReadJsonAsync()).GetProperty("id").GetGuid();
        var admin = await app.AdminAsync();

        (await family.GetAsync($"/api/v1/bookings/{id}/complaint")).EnsureSuccessStatusCode();
        (await admin.GetAsync($"/api/v1/admin/complaints/{complaintId}")).EnsureSuccessStatusCode();

        var purposes = await app.InScopeAsync(async services => await services.GetRequiredService<MarketplaceDbContext>().RecipientAccessLog
            .Where(a => a.RecordId == complaintId && a.Record == HealthRecord.Complaint).Select(a => a.Purpose).ToListAsync());
        Assert.Equal([AccessPurpose.OwnFamily, AccessPurpose.AdminSupport], purposes.Order());
    }

    private async Task<bool> InSearchAsync(Guid caregiverId) =>
        (await (await app.CreateClient().GetAsync(Nearby)).ReadJsonAsync()).GetProperty("items").EnumerateArray().Any(item => item.GetProperty("id").GetGuid() == caregiverId);

    private async Task<Guid> RequestAsync(Guid caregiverId, DateTimeOffset start)
    {
        var (family, recipientId) = await app.NewFamilyAsync();
        return await family.BookAsync(caregiverId, recipientId, start);
    }
}

public sealed class ComplaintsOnSqlite(SqliteAppFactory app) : ComplaintTests<SqliteAppFactory>(app);

public sealed class ComplaintsOnPostgres(PostgresAppFactory app) : ComplaintTests<PostgresAppFactory>(app);
