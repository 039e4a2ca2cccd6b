using System.Net;
using System.Text.Json;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Bookings;

/// <summary>A family books a caregiver's visits, the caregiver answers; the rules a request must meet, on each provider.</summary>
public abstract class HomeCareBookingTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private static readonly string[] Thursdays = ["thursday"];

    [Fact]
    public async Task AFamily_RequestsAVisit_TheCaregiverAccepts_AndBothSeeIt()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Tuesday, 9);

        var requested = await family.RequestHomeCareAsync(caregiverId, recipientId, start, hours: 3);

        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        var booking = await requested.ReadJsonAsync();
        Assert.Equal("requested", booking.GetProperty("status").GetString());
        Assert.Equal(180_000, booking.GetProperty("priceIdr").GetInt64());
        var visit = booking.GetProperty("visits").EnumerateArray().Single();
        Assert.Equal(start, visit.GetProperty("start").GetDateTimeOffset());
        Assert.Equal(TimeSpan.FromHours(8), visit.GetProperty("start").GetDateTimeOffset().Offset);

        var id = booking.GetProperty("id").GetGuid();
        Assert.Contains(id, Ids(await (await caregiver.GetAsync("/api/v1/bookings?status=requested")).ReadJsonAsync()));
        Assert.Equal(HttpStatusCode.OK, (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).StatusCode);
        var seen = await (await family.GetAsync(requested.Headers.Location)).ReadJsonAsync();
        Assert.Equal("accepted", seen.GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheList_KeepsBookingsWithAVisitInTheWindow_WrittenInLocalTime()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var monday = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Monday, 9));
        var friday = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Friday, 9));
        var mondayMorning = Next(DayOfWeek.Monday, 0);

        var found = await family.GetAsync($"/api/v1/bookings?from={Uri.EscapeDataString(Iso(mondayMorning))}&to={Uri.EscapeDataString(Iso(mondayMorning.AddDays(1)))}");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var ids = Ids(await found.ReadJsonAsync());
        Assert.Contains(monday, ids);
        Assert.DoesNotContain(friday, ids);
    }

    [Fact]
    public async Task AWeeklyRequest_HoldsEveryVisit_AtTheSameLocalTime()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();

        var response = await family.RequestHomeCareAsync(
            caregiverId, recipientId, Next(DayOfWeek.Tuesday, 9), 2, new { days = Thursdays, weeks = 3 });

        var booking = await response.ReadJsonAsync();
        var starts = booking.GetProperty("visits").EnumerateArray().Select(v => v.GetProperty("start").GetDateTimeOffset()).ToList();
        Assert.Equal(6, starts.Count);
        Assert.All(starts, s => Assert.Equal(9, s.Hour));
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], starts.Take(2).Select(s => s.DayOfWeek));
        Assert.Equal(6 * 2 * 60_000, booking.GetProperty("priceIdr").GetInt64());

        var clash = await family.RequestHomeCareAsync(caregiverId, recipientId, Next(DayOfWeek.Thursday, 10).AddDays(7));
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
    }

    [Fact]
    public async Task AnOverlappingRequest_IsRefused_AnAdjacentOneIsNot_AndADeclineFreesTheTime()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var (otherFamily, otherRecipientId) = await app.NewFamilyAsync();
        var first = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Wednesday, 9), hours: 2);

        var overlapping = await otherFamily.RequestHomeCareAsync(caregiverId, otherRecipientId, Next(DayOfWeek.Wednesday, 10));
        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        Assert.Contains("already has a visit", (await overlapping.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await otherFamily.RequestHomeCareAsync(caregiverId, otherRecipientId, Next(DayOfWeek.Wednesday, 11))).StatusCode);

        (await caregiver.PostAsync($"/api/v1/bookings/{first}/decline", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Created, (await otherFamily.RequestHomeCareAsync(caregiverId, otherRecipientId, Next(DayOfWeek.Wednesday, 9))).StatusCode);
    }

    [Theory]
    [InlineData("""{"kind":"homeCare","start":"2020-01-07T09:00:00+08:00","hours":2}""", "start")]
    [InlineData("""{"kind":"homeCare","hours":0}""", "hours")]
    [InlineData("""{"kind":"homeCare","hours":13}""", "hours")]
    [InlineData("""{"kind":"homeCare","hours":2,"repeatWeekly":{"days":["monday"],"weeks":13}}""", "repeatWeekly.weeks")]
    [InlineData("""{"hours":2}""", "kind")]
    [InlineData("""{"kind":"daycare","hours":2}""", "dates")]
    [InlineData("""{"kind":"sauna","hours":2}""", "kind")]
    public async Task ABadRequest_IsRefusedNamingTheField(string body, string field)
    {
        var (family, recipientId) = await app.NewFamilyAsync();
        var json = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body)!;
        json["caregiverId"] = JsonSerializer.SerializeToElement(Guid.NewGuid());
        json["recipientId"] = JsonSerializer.SerializeToElement(recipientId);
        json.TryAdd("start", JsonSerializer.SerializeToElement(Iso(Next(DayOfWeek.Monday, 9))));

        await HasError(await family.PostJsonAsync("/api/v1/bookings", json), field);
    }

    [Fact]
    public async Task RequestsThatBreakARule_AreRefusedWithTheReason()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (_, unverifiedId) = await app.NewVerifiableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var (_, otherFamilysRecipient) = await app.NewFamilyAsync();
        var (farFamily, farAway) = await app.NewFamilyAsync(RecipientNearGowa(lat: -5.45, lon: 119.70));

        await HasConflict(await family.RequestHomeCareAsync(unverifiedId, recipientId, Next(DayOfWeek.Monday, 9)), "verified");
        await HasConflict(await family.RequestHomeCareAsync(caregiverId, recipientId, Next(DayOfWeek.Monday, 5)), "does not work");
        await HasConflict(await farFamily.RequestHomeCareAsync(caregiverId, farAway, Next(DayOfWeek.Monday, 9)), "service area");
        Assert.Equal(HttpStatusCode.NotFound, (await family.RequestHomeCareAsync(caregiverId, otherFamilysRecipient, Next(DayOfWeek.Monday, 9))).StatusCode);

        var caregiverAccount = await app.NewAccountAsync("caregiver");
        Assert.Equal(HttpStatusCode.Forbidden, (await caregiverAccount.RequestHomeCareAsync(caregiverId, recipientId, Next(DayOfWeek.Monday, 9))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().RequestHomeCareAsync(caregiverId, recipientId, Next(DayOfWeek.Monday, 9))).StatusCode);
    }

    [Fact]
    public async Task OnlyThePartiesSeeABooking_AndOnlyTheBookedCaregiverAnswersIt()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var id = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Friday, 9));
        var path = $"/api/v1/bookings/{id}";
        var (otherCaregiver, _) = await app.NewBookableCaregiverAsync();
        var otherFamily = await app.NewAccountAsync("family");

        Assert.Equal(HttpStatusCode.NotFound, (await otherFamily.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCaregiver.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCaregiver.PostAsync(path + "/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await family.PostAsync(path + "/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherFamily.PostAsync(path + "/cancel", null)).StatusCode);
        Assert.DoesNotContain(id, Ids(await (await otherFamily.GetAsync("/api/v1/bookings")).ReadJsonAsync()));
        Assert.Equal(HttpStatusCode.OK, (await caregiver.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.AdminAsync()).GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task TheBookedCaregiver_SeesTheRecipient_OnlyWhileTheBookingIsOpen_AndTheViewIsLogged()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var recipient = $"/api/v1/recipients/{recipientId}";
        Assert.Equal(HttpStatusCode.NotFound, (await caregiver.GetAsync(recipient)).StatusCode);

        var id = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Saturday, 9));
        var seen = await caregiver.GetAsync(recipient);
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Contains("mobility", (await seen.ReadJsonAsync()).GetProperty("needs").EnumerateArray().Select(n => n.GetString()));

        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await caregiver.GetAsync(recipient)).StatusCode);
        await family.ConfirmOfflineAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await caregiver.GetAsync(recipient)).StatusCode);

        (await caregiver.PostAsync($"/api/v1/bookings/{id}/cancel", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await caregiver.GetAsync(recipient)).StatusCode);
        var declined = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Saturday, 13));
        (await caregiver.PostAsync($"/api/v1/bookings/{declined}/decline", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await caregiver.GetAsync(recipient)).StatusCode);
        var roles = await app.InScopeAsync(services => RecipientAccessRolesAsync(services, recipientId));
        Assert.Contains("caregiver", roles);
    }

    private static async Task<List<string>> RecipientAccessRolesAsync(IServiceProvider services, Guid recipientId)
    {
        var db = services.GetRequiredService<MarketplaceDbContext>();
        return await db.RecipientAccessLog.Where(a => a.RecipientId == recipientId).Select(a => a.ViewerRole).ToListAsync();
    }

    /// <summary>The ids of a page of bookings (<c>{items, total, page, pageSize}</c>).</summary>
    internal static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("id").GetGuid())];
}

public sealed class HomeCareBookingOnSqlite(SqliteAppFactory app) : HomeCareBookingTests<SqliteAppFactory>(app);

public sealed class HomeCareBookingOnPostgres(PostgresAppFactory app) : HomeCareBookingTests<PostgresAppFactory>(app);
