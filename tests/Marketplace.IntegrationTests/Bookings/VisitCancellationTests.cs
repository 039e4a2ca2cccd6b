using System.Net;
using System.Text.Json;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.IntegrationTests.Payments.MoneyPath;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Bookings;

/// <summary>
/// One visit of a weekly series cancelled on its own, through the API as families and caregivers use it: the charge is
/// shown before and is what is taken, the other side is emailed, the last visit left cancels the booking, and after each
/// step the ledger balances and the booking's payment says the same. (Two 2-hour visits a week apart at Rp 60.000 an
/// hour: Rp 120.000 each, 10 % commission, half charged within 24 hours.)
/// </summary>
public abstract class VisitCancellationTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task AFamily_SeesTheChargeFirst_ThenCancelsOneVisitLate_AndPaysForTheRestAndTheCharge()
    {
        var booking = await app.AcceptedWeeklyAsync();
        var (caregiver, _, family, _, id, start) = booking;
        await family.ConfirmOfflineAsync(id);
        var first = await VisitIdAsync(family, id, 0);
        var cancel = $"/api/v1/bookings/{id}/visits/{first}/cancel";

        using (app.Clock.TravelTo(start.AddHours(-5)))
        {
            var preview = await (await family.GetAsync($"/api/v1/bookings/{id}/visits/{first}/cancellation")).ReadJsonAsync();
            Assert.Equal(("family", false, 60_000L), (preview.GetProperty("by").GetString(), preview.GetProperty("endsBooking").GetBoolean(), Idr(preview, "chargeIdr")));
            Assert.True(preview.GetProperty("visits")[0].GetProperty("late").GetBoolean());
            Assert.Equal((180_000L, 180_000L, 0L), (Idr(preview, "amountDueAfterIdr"), Idr(preview, "familyShareAfterIdr"), Idr(preview, "toGiveBackIdr")));

            await HasConflict(await family.PostJsonAsync(cancel, new { expectedChargeIdr = 0 }), "Rp 60.000");
            Assert.Equal((0, 0, 0, 0), await app.BalancesAsync(booking));

            var cancelled = await family.PostJsonAsync(cancel, new { expectedChargeIdr = 60_000 });
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
            var after = await cancelled.ReadJsonAsync();
            var visit = after.GetProperty("visits")[0];
            Assert.Equal(("cancelled", "family", 60_000L), (visit.GetProperty("status").GetString(), visit.GetProperty("cancellation").GetProperty("by").GetString(), Idr(visit.GetProperty("cancellation"), "chargeIdr")));
            Assert.Equal(("confirmed", 120_000L, 180_000L), (after.GetProperty("status").GetString(), Idr(after, "priceIdr"), Idr(after, "amountDueIdr")));
            Assert.Equal(180_000, Idr(after.GetProperty("payment"), "outstandingIdr"));

            // The outbox sends what was saved by now on the app's clock.
            var told = await app.EmailToAsync(await caregiver.EmailOfAsync(), "Keluarga membatalkan kunjungan");
            Assert.Contains("keluarga membayar Rp 60.000", told, StringComparison.Ordinal);
        }

        Assert.Equal((60_000, -54_000, -6_000, 0), await app.BalancesAsync(booking));

        await app.GiveVisitAsync(caregiver, id, start.AddDays(7));
        Assert.Equal(("completed", "pending", 180_000), await StateAsync(family, id));
        Assert.Equal((180_000, -162_000, -18_000, 0), await app.BalancesAsync(booking));
        (await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/payments/received", new { amountIdr = 180_000, outstandingIdr = 180_000 })).EnsureSuccessStatusCode();
        Assert.Equal((0, 18_000, -18_000, 0), await app.BalancesAsync(booking));
        await EarningsSayAsync(caregiver, earned: 162_000, received: 180_000, dueToYou: 0, cashOwed: 18_000);
    }

    [Fact]
    public async Task TheCaregiver_CancelsAVisitWithoutChargingTheFamily_WhoIsTold_AndTheLastVisitLeftCancelsTheBooking()
    {
        var booking = await app.AcceptedWeeklyAsync();
        var (caregiver, _, family, _, id, start) = booking;
        await family.ConfirmOfflineAsync(id);
        var (first, second) = (await VisitIdAsync(family, id, 0), await VisitIdAsync(family, id, 1));

        using (app.Clock.TravelTo(start.AddHours(-1)))
        {
            var preview = await (await caregiver.GetAsync($"/api/v1/bookings/{id}/visits/{first}/cancellation")).ReadJsonAsync();
            Assert.Equal(("provider", 0L), (preview.GetProperty("by").GetString(), Idr(preview, "chargeIdr")));
            (await caregiver.PostAsync($"/api/v1/bookings/{id}/visits/{first}/cancel", null)).EnsureSuccessStatusCode();
            await app.EmailToAsync(await family.EmailOfAsync(), "Anda tidak dikenai biaya untuk kunjungan itu");
        }

        Assert.Equal((0, 0, 0, 0), await app.BalancesAsync(booking));

        var last = await (await caregiver.GetAsync($"/api/v1/bookings/{id}/visits/{second}/cancellation")).ReadJsonAsync();
        Assert.True(last.GetProperty("endsBooking").GetBoolean());
        var ended = await (await caregiver.PostAsync($"/api/v1/bookings/{id}/visits/{second}/cancel", null)).ReadJsonAsync();
        Assert.Equal(("cancelled", "provider", 0L), (ended.GetProperty("status").GetString(), ended.GetProperty("cancellation").GetProperty("by").GetString(), Idr(ended.GetProperty("cancellation"), "chargeIdr")));
        Assert.Equal(JsonValueKind.Null, ended.GetProperty("visits")[1].GetProperty("cancellation").ValueKind);
        Assert.Equal((0L, 0L), (Idr(ended, "amountDueIdr"), Idr(ended.GetProperty("payment"), "outstandingIdr")));
        Assert.Equal((0, 0, 0, 0), await app.BalancesAsync(booking));
    }

    [Fact]
    public async Task CancellingAVisit_IsRefusedAsProblemDetails_ForUnknownVisits_OtherPeoplesBookings_AndVisitsNotToCome()
    {
        var booking = await app.AcceptedWeeklyAsync();
        var (caregiver, _, family, _, id, start) = booking;
        await family.ConfirmOfflineAsync(id);
        var first = await VisitIdAsync(family, id, 0);
        var (stranger, _) = await app.NewFamilyAsync();
        var (otherCaregiver, _) = await app.NewBookableCaregiverAsync();
        var admin = await app.AdminAsync();
        var cancel = $"/api/v1/bookings/{id}/visits/{first}/cancel";

        await IsProblem(await family.PostAsync($"/api/v1/bookings/{id}/visits/{Guid.NewGuid()}/cancel", null), HttpStatusCode.NotFound);
        await IsProblem(await family.GetAsync($"/api/v1/bookings/{Guid.NewGuid()}/visits/{first}/cancellation"), HttpStatusCode.NotFound);
        await IsProblem(await stranger.PostAsync(cancel, null), HttpStatusCode.NotFound);
        await IsProblem(await otherCaregiver.GetAsync($"/api/v1/bookings/{id}/visits/{first}/cancellation"), HttpStatusCode.NotFound);
        await IsProblem(await admin.PostAsync(cancel, null), HttpStatusCode.Forbidden);
        await IsProblem(await admin.GetAsync($"/api/v1/bookings/{id}/cancellation"), HttpStatusCode.Forbidden);
        await HasError(await family.PostJsonAsync(cancel, new { expectedChargeIdr = -1 }), "expectedChargeIdr");
        using (app.Clock.TravelTo(start.AddMinutes(10)))
        {
            await HasConflict(await family.PostAsync(cancel, null), "has not started");
        }

        Assert.Equal((0, 0, 0, 0), await app.BalancesAsync(booking));
        Assert.Equal("confirmed", (await BookingAsync(caregiver, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ADaycareDayCancelledAlone_GivesItsPlaceBack_AndTheOtherDaysStayBooked()
    {
        var (_, listingId) = await app.NewDaycareAsync(placesPerDay: 1);
        var (family, childId) = await app.NewFamilyAsync(TestListings.Child());
        var (otherFamily, otherChildId) = await app.NewFamilyAsync(TestListings.Child());
        var monday = DateOnly.FromDateTime(Next(DayOfWeek.Monday, 9).DateTime);
        var booked = await (await family.BookDaycareAsync(listingId, childId, monday, monday.AddDays(1))).ReadJsonAsync();
        var id = booked.GetProperty("id").GetGuid();
        await HasConflict(await otherFamily.BookDaycareAsync(listingId, otherChildId, monday), "full");

        var after = await (await family.PostAsync($"/api/v1/bookings/{id}/visits/{booked.GetProperty("visits")[0].GetProperty("id").GetGuid()}/cancel", null)).ReadJsonAsync();

        Assert.Equal(("cancelled", "scheduled"), (after.GetProperty("visits")[0].GetProperty("status").GetString(), after.GetProperty("visits")[1].GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Created, (await otherFamily.BookDaycareAsync(listingId, otherChildId, monday)).StatusCode);
        await HasConflict(await otherFamily.BookDaycareAsync(listingId, otherChildId, monday.AddDays(1)), "full");
    }

    private static async Task<Guid> VisitIdAsync(HttpClient reader, Guid id, int index) =>
        (await BookingAsync(reader, id)).GetProperty("visits")[index].GetProperty("id").GetGuid();

    private static async Task IsProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class VisitCancellationOnSqlite(SqliteAppFactory app) : VisitCancellationTests<SqliteAppFactory>(app);

public sealed class VisitCancellationOnPostgres(PostgresAppFactory app) : VisitCancellationTests<PostgresAppFactory>(app);
