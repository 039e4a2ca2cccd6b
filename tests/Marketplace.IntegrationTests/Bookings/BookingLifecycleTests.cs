using System.Net;
using System.Text.Json;
using Marketplace.Application.Bookings.Expire;
using Marketplace.TestSupport;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Bookings;

/// <summary>A booking through its life: visits checked in and out, cancellations and what they cost, expiry.</summary>
public abstract class BookingLifecycleTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private static readonly string[] UnknownTask = ["juggling"];
    private static readonly string[] TasksDone = ["companionship", "vital-signs"];

    [Fact]
    public async Task TheCaregiver_ChecksInAtTheVisit_AndChecksOutWithALog_TheFamilyReads()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Tuesday, 9);
        var id = await family.BookAsync(caregiverId, recipientId, start);
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        using (app.Clock.TravelTo(start.AddMinutes(-10)))
        {
            await HasConflict(await caregiver.PostAsync($"/api/v1/bookings/{id}/check-in", null), "has not confirmed");
        }

        await family.ConfirmOfflineAsync(id);
        await HasConflict(await caregiver.PostAsync($"/api/v1/bookings/{id}/check-in", null), "30 minutes");

        using (app.Clock.TravelTo(start.AddMinutes(-10)))
        {
            var checkedIn = await (await caregiver.PostAsync($"/api/v1/bookings/{id}/check-in", null)).ReadJsonAsync();
            Assert.Equal("inProgress", checkedIn.GetProperty("status").GetString());
        }

        using (app.Clock.TravelTo(start.AddHours(2)))
        {
            await HasError(await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/check-out", new { tasks = UnknownTask }), "tasks[0]");
            await HasError(await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/check-out", new { tasks = Array.Empty<string>(), vitals = new { systolicMmHg = 900 } }), "vitals.systolicMmHg");
            var done = await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/check-out", new
            {
                tasks = TasksDone,
                notes = "Ibu makan siang dengan baik.",
                vitals = new { systolicMmHg = 135, diastolicMmHg = 85, pulsePerMinute = 78, temperatureCelsius = 36.6 },
            });
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }

        var seen = await (await family.GetAsync($"/api/v1/bookings/{id}")).ReadJsonAsync();
        Assert.Equal("completed", seen.GetProperty("status").GetString());
        var log = seen.GetProperty("visits")[0].GetProperty("log");
        Assert.Equal("Ibu makan siang dengan baik.", log.GetProperty("notes").GetString());
        Assert.Equal(135, log.GetProperty("vitals").GetProperty("systolicMmHg").GetInt32());
    }

    [Fact]
    public async Task AVisit_IsNotCheckedOutBeforeItsTime_NorWithAnEmptyLog()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Thursday, 9);
        var id = await family.BookAsync(caregiverId, recipientId, start);
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);
        using (app.Clock.TravelTo(start.AddMinutes(-20)))
        {
            (await caregiver.PostAsync($"/api/v1/bookings/{id}/check-in", null)).EnsureSuccessStatusCode();
            await HasConflict(await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/check-out", new { tasks = TasksDone }), "once its time has begun");
        }

        using (app.Clock.TravelTo(start.AddHours(2)))
        {
            await HasError(await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/check-out", new { tasks = Array.Empty<string>(), notes = "  " }), "tasks");
            await HasError(await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/check-out", new { }), "tasks");
        }

        var seen = await (await family.GetAsync($"/api/v1/bookings/{id}")).ReadJsonAsync();
        Assert.Equal("inProgress", seen.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AFamilyCancellingADayAhead_PaysNothing_LaterPaysTheLateShare_AndTheTimeIsFreed()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var early = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Monday, 9));
        var late = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Monday, 14));
        (await caregiver.PostAsync($"/api/v1/bookings/{early}/accept", null)).EnsureSuccessStatusCode();
        (await caregiver.PostAsync($"/api/v1/bookings/{late}/accept", null)).EnsureSuccessStatusCode();

        Assert.Equal(0, ChargeOf(await (await family.PostAsync($"/api/v1/bookings/{early}/cancel", null)).ReadJsonAsync()));
        using (app.Clock.TravelTo(Next(DayOfWeek.Monday, 14).AddHours(-10)))
        {
            var cancelled = await (await family.PostAsync($"/api/v1/bookings/{late}/cancel", null)).ReadJsonAsync();
            Assert.Equal(2 * 60_000 / 2, ChargeOf(cancelled));
            Assert.Equal("family", cancelled.GetProperty("cancellation").GetProperty("by").GetString());
        }

        await HasConflict(await family.PostAsync($"/api/v1/bookings/{late}/cancel", null), "no longer be cancelled");
        Assert.Equal(HttpStatusCode.Created, (await family.RequestHomeCareAsync(caregiverId, recipientId, Next(DayOfWeek.Monday, 9))).StatusCode);
    }

    [Fact]
    public async Task ACaregiverCancelling_CostsTheFamilyNothing_EvenAtTheLastMinute()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Thursday, 9);
        var id = await family.BookAsync(caregiverId, recipientId, start);
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();

        using (app.Clock.TravelTo(start.AddHours(-1)))
        {
            var cancelled = await (await caregiver.PostAsync($"/api/v1/bookings/{id}/cancel", null)).ReadJsonAsync();
            Assert.Equal(0, ChargeOf(cancelled));
            Assert.Equal("provider", cancelled.GetProperty("cancellation").GetProperty("by").GetString());
        }
    }

    [Fact]
    public async Task AnUnansweredRequest_Expires_AndCanNoLongerBeAccepted()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var requested = await (await family.RequestHomeCareAsync(caregiverId, recipientId, Next(DayOfWeek.Friday, 9))).ReadJsonAsync();
        var id = requested.GetProperty("id").GetGuid();

        using (app.Clock.TravelTo(requested.GetProperty("respondBy").GetDateTimeOffset().AddMinutes(1)))
        {
            await HasConflict(await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null), "expired");
            var expired = await app.InScopeAsync(async services =>
                await services.GetRequiredService<IMediator>().Send(new ExpireUnansweredBookings()));
            Assert.True(expired >= 1);
        }

        Assert.Equal("expired", (await (await family.GetAsync($"/api/v1/bookings/{id}")).ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, (await family.RequestHomeCareAsync(caregiverId, recipientId, Next(DayOfWeek.Friday, 9))).StatusCode);
    }

    [Fact]
    public async Task AnAcceptedBookingNobodyConfirmed_EndsWhenItsFirstVisitBegins_AndTheFamilyIsTold()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Thursday, 15);
        var id = await family.BookAsync(caregiverId, recipientId, start);
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();

        using (app.Clock.TravelTo(start.AddMinutes(1)))
        {
            var ended = await app.InScopeAsync(async services => await services.GetRequiredService<IMediator>().Send(new ExpireUnansweredBookings()));
            Assert.True(ended >= 1);
            await app.EmailToAsync(await EmailOf(family), "tidak dikonfirmasi sebelum kunjungan pertama");
        }

        Assert.Equal("expired", (await (await family.GetAsync($"/api/v1/bookings/{id}")).ReadJsonAsync()).GetProperty("status").GetString());
        await HasConflict(await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline" }), "no longer open");
    }

    [Fact]
    public async Task EachSideIsToldByEmail()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var caregiverEmail = await EmailOf(caregiver);
        var familyEmail = await EmailOf(family);

        var id = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Wednesday, 15));
        await app.EmailToAsync(caregiverEmail, "Ada permintaan 1 kunjungan");
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await app.EmailToAsync(familyEmail, "Konfirmasi pesanan dengan memilih cara membayar Rp 120.000");
        await family.ConfirmOfflineAsync(id);
        await app.EmailToAsync(caregiverEmail, "akan membayar Rp 120.000 langsung kepada Anda");
    }

    private static long ChargeOf(JsonElement booking) => booking.GetProperty("cancellation").GetProperty("chargeIdr").GetInt64();

    private static async Task<string> EmailOf(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString()!;
}

public sealed class BookingLifecycleOnSqlite(SqliteAppFactory app) : BookingLifecycleTests<SqliteAppFactory>(app);

public sealed class BookingLifecycleOnPostgres(PostgresAppFactory app) : BookingLifecycleTests<PostgresAppFactory>(app);
