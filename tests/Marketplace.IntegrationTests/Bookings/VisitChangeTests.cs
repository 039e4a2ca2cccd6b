using System.Net;
using System.Net.Http.Json;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Bookings;

/// <summary>Moving one visit, recording a no-show, and caregivers in each of Indonesia's three zones.</summary>
public abstract class VisitChangeTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task AFamily_MovesOneVisitOfASeries_WithinTheCaregiversHours_AndNotOntoAnotherVisit()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var (otherFamily, otherRecipientId) = await app.NewFamilyAsync();
        var series = await (await family.RequestHomeCareAsync(caregiverId, recipientId, Next(DayOfWeek.Monday, 9), 2, new { days = Array.Empty<string>(), weeks = 2 })).ReadJsonAsync();
        var id = series.GetProperty("id").GetGuid();
        var secondVisit = series.GetProperty("visits")[1].GetProperty("id").GetGuid();
        await otherFamily.BookAsync(caregiverId, otherRecipientId, Next(DayOfWeek.Wednesday, 9).AddDays(7));
        var move = $"/api/v1/bookings/{id}/visits/{secondVisit}/move";

        await HasConflict(await family.PostJsonAsync(move, new { start = Iso(Next(DayOfWeek.Wednesday, 10).AddDays(7)) }), "already has a visit");
        await HasConflict(await family.PostJsonAsync(move, new { start = Iso(Next(DayOfWeek.Wednesday, 5).AddDays(7)) }), "does not work");
        await HasError(await family.PostJsonAsync(move, new { start = "2020-01-01T09:00:00+08:00" }), "start");
        Assert.Equal(HttpStatusCode.NotFound, (await otherFamily.PostJsonAsync(move, new { start = Iso(Next(DayOfWeek.Tuesday, 14).AddDays(7)) })).StatusCode);

        var moved = await family.PostJsonAsync(move, new { start = Iso(Next(DayOfWeek.Tuesday, 14).AddDays(7)) });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var visits = (await moved.ReadJsonAsync()).GetProperty("visits").EnumerateArray().ToList();
        Assert.Equal(Next(DayOfWeek.Tuesday, 14).AddDays(7), visits.Single(v => v.GetProperty("id").GetGuid() == secondVisit).GetProperty("start").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.Created, (await otherFamily.RequestHomeCareAsync(caregiverId, otherRecipientId, Next(DayOfWeek.Monday, 9).AddDays(7))).StatusCode);
    }

    [Fact]
    public async Task ADaycareDay_CannotBeMoved()
    {
        var (_, listingId) = await app.NewDaycareAsync(placesPerDay: 2);
        var (family, childId) = await app.NewFamilyAsync(TestListings.Child());
        var booking = await (await family.BookDaycareAsync(listingId, childId, DateOnly.FromDateTime(Next(DayOfWeek.Monday, 9).DateTime))).ReadJsonAsync();
        var visit = booking.GetProperty("visits")[0].GetProperty("id").GetGuid();

        await HasConflict(
            await family.PostJsonAsync($"/api/v1/bookings/{booking.GetProperty("id").GetGuid()}/visits/{visit}/move", new { start = Iso(Next(DayOfWeek.Tuesday, 7)) }),
            "Only home visits");
    }

    [Fact]
    public async Task TheCaregiver_RecordsANoShow_OnceTheVisitsTimeHasCome()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Thursday, 13);
        var booking = await (await family.RequestHomeCareAsync(caregiverId, recipientId, start)).ReadJsonAsync();
        var id = booking.GetProperty("id").GetGuid();
        var noShow = $"/api/v1/bookings/{id}/visits/{booking.GetProperty("visits")[0].GetProperty("id").GetGuid()}/no-show";
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);

        await HasConflict(await caregiver.PostAsync(noShow, null), "time has come");
        using (app.Clock.TravelTo(start.AddMinutes(20)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await family.PostAsync(noShow, null)).StatusCode);
            var recorded = await (await caregiver.PostAsync(noShow, null)).ReadJsonAsync();
            Assert.Equal("completed", recorded.GetProperty("status").GetString());
            Assert.Equal("noShow", recorded.GetProperty("visits")[0].GetProperty("status").GetString());
        }
    }

    [Theory]
    [InlineData("Asia/Jakarta", 7)]
    [InlineData("Asia/Makassar", 8)]
    [InlineData("Asia/Jayapura", 9)]
    public async Task ACaregiversHours_AreReadInTheirOwnZone_AndVisitsShownInIt(string zone, int offset)
    {
        var (caregiver, caregiverId) = await app.NewVerifiedCaregiverAsync();
        (await caregiver.PutAsJsonAsync("/api/v1/caregivers/me/availability", new
        {
            timeZone = zone,
            weekly = new[] { new { day = "friday", start = "08:00", end = "12:00" } },
            timeOff = Array.Empty<object>(),
        })).EnsureSuccessStatusCode();
        var (family, recipientId) = await app.NewFamilyAsync();
        var friday = DateOnly.FromDateTime(Next(DayOfWeek.Friday, 9).DateTime);
        DateTimeOffset Local(int hour) => new(friday.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(offset));

        await HasConflict(await family.RequestHomeCareAsync(caregiverId, recipientId, Local(7)), "does not work");
        var booked = await family.RequestHomeCareAsync(caregiverId, recipientId, Local(8).ToOffset(TimeSpan.Zero), hours: 4);

        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var booking = await booked.ReadJsonAsync();
        Assert.Equal(zone, booking.GetProperty("timeZone").GetString());
        Assert.EndsWith($"+0{offset}:00", booking.GetProperty("visits")[0].GetProperty("start").GetString(), StringComparison.Ordinal);
    }
}

public sealed class VisitChangeOnSqlite(SqliteAppFactory app) : VisitChangeTests<SqliteAppFactory>(app);

public sealed class VisitChangeOnPostgres(PostgresAppFactory app) : VisitChangeTests<PostgresAppFactory>(app);
