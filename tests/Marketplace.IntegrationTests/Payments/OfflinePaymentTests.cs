using System.Net;
using System.Text.Json;
using Marketplace.Application.Payments;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.IntegrationTests.Payments.MoneyPath;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>
/// The money path of an offline payment, through the API as families and caregivers use it: after each step the
/// ledger's balances, the booking's payment and the caregiver's earnings all say the same.
/// </summary>
public abstract class OfflinePaymentTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task PayingOffline_ConfirmsTheBooking_EachVisitGivenIsEarned_AndCashReceivedLeavesTheCommissionOwed()
    {
        var booking = await app.AcceptedWeeklyAsync();
        var (caregiver, caregiverId, family, familyId, id, start) = booking;

        var paid = await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline" });
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        var payment = await paid.ReadJsonAsync();
        Assert.Equal("offline", payment.GetProperty("provider").GetString());
        Assert.Equal("pending", payment.GetProperty("status").GetString());
        Assert.Equal((240_000, 240_000, 0), (Idr(payment, "amountIdr"), Idr(payment, "familyShareIdr"), Idr(payment, "sponsorShareIdr")));
        Assert.Equal("confirmed", (await BookingAsync(family, id)).GetProperty("status").GetString());

        await app.GiveVisitAsync(caregiver, id, start);
        Assert.Equal((120_000, -108_000, -12_000, 0), await app.BalancesAsync(booking));
        await EarningsSayAsync(caregiver, earned: 108_000, received: 0, dueToYou: 108_000, cashOwed: 0);

        var received = await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/payments/received", new { amountIdr = 120_000, outstandingIdr = 240_000 });
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var afterCash = await received.ReadJsonAsync();
        Assert.Equal(("partlyReceived", 120_000, 120_000), (afterCash.GetProperty("status").GetString(), Idr(afterCash, "receivedIdr"), Idr(afterCash, "outstandingIdr")));
        Assert.Equal((0, 12_000, -12_000, 0), await app.BalancesAsync(booking));
        await EarningsSayAsync(caregiver, earned: 108_000, received: 120_000, dueToYou: 0, cashOwed: 12_000);

        await app.GiveVisitAsync(caregiver, id, start.AddDays(7));
        (await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/payments/received", new { amountIdr = 120_000, outstandingIdr = 120_000 })).EnsureSuccessStatusCode();

        var done = await BookingAsync(family, id);
        Assert.Equal(("completed", "received", 0), (done.GetProperty("status").GetString(), done.GetProperty("payment").GetProperty("status").GetString(), Idr(done.GetProperty("payment"), "outstandingIdr")));
        Assert.Equal((0, 24_000, -24_000, 0), await app.BalancesAsync(booking));
        await EarningsSayAsync(caregiver, earned: 216_000, received: 240_000, dueToYou: 0, cashOwed: 24_000);
        Assert.Equal(24_000, done.GetProperty("commissionIdr").GetInt64());
    }

    [Fact]
    public async Task ALateCancellation_IsChargedThroughTheLedger_AndEarnedByTheCaregiver()
    {
        var booking = await app.AcceptedWeeklyAsync();
        var (caregiver, caregiverId, family, familyId, id, start) = booking;
        await family.ConfirmOfflineAsync(id);

        using (app.Clock.TravelTo(start.AddHours(-5)))
        {
            (await family.PostAsync($"/api/v1/bookings/{id}/cancel", null)).EnsureSuccessStatusCode();
        }

        // Half of the visit within 24 hours (Rp 60.000): Rp 54.000 for the caregiver, Rp 6.000 commission; the later visit costs nothing.
        Assert.Equal((60_000, -54_000, -6_000, 0), await app.BalancesAsync(booking));
        Assert.Equal(60_000, Idr((await BookingAsync(family, id)).GetProperty("payment"), "outstandingIdr"));
        await EarningsSayAsync(caregiver, earned: 54_000, received: 0, dueToYou: 54_000, cashOwed: 0);
    }

    [Fact]
    public async Task PaymentsRefused_MoveNoMoney()
    {
        var booking = await app.AcceptedWeeklyAsync();
        var (caregiver, caregiverId, family, familyId, id, start) = booking;
        var (stranger, _) = await app.NewFamilyAsync();
        var requested = await family.BookAsync(caregiverId, (await RecipientOf(family)), Next(DayOfWeek.Saturday, 9));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline" })).StatusCode);
        await HasConflict(await family.PostJsonAsync($"/api/v1/bookings/{requested}/payments", new { method = "offline" }), "Pay once the caregiver has accepted");
        await HasConflict(await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "card" }), "Card payments are not available");
        Assert.Equal(HttpStatusCode.BadRequest, (await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "cash" })).StatusCode);
        await HasConflict(await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/payments/received", new { amountIdr = 1_000, outstandingIdr = 240_000 }), "has not chosen to pay");

        (await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { })).EnsureSuccessStatusCode();
        await HasConflict(await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline" }), "not paid for twice");
        await HasConflict(await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/payments/received", new { amountIdr = 240_001, outstandingIdr = 240_000 }), "Rp 240.000");
        await HasConflict(await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/payments/received", new { amountIdr = 1_000, outstandingIdr = 239_000 }), "What is still owed has changed");
        Assert.Equal(HttpStatusCode.BadRequest, (await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/payments/received", new { amountIdr = -5, outstandingIdr = 240_000 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await family.PostJsonAsync($"/api/v1/bookings/{id}/payments/received", new { amountIdr = 1_000, outstandingIdr = 240_000 })).StatusCode);

        Assert.Equal((0, 0, 0, 0), await app.BalancesAsync(booking));
        Assert.Equal("pending", (await BookingAsync(family, id)).GetProperty("payment").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Earnings_RefuseAPeriodThatEndsBeforeItStarts_OrIsLongerThanTwoYears_AndThePageShowsTodayForAMonthItCannotRead()
    {
        var (caregiver, _) = await app.NewBookableCaregiverAsync();

        await HasError(await caregiver.GetAsync("/api/v1/caregivers/me/earnings?from=2026-06-01&to=2026-05-01"), "to");
        await HasError(await caregiver.GetAsync("/api/v1/caregivers/me/earnings?from=2023-01-01&to=2026-05-01"), "from");
        await HasError(await caregiver.GetAsync("/api/v1/caregivers/me/earnings?from=1900-01-01"), "from");
        var pages = await app.OnPagesAsync(caregiver);
        foreach (var until in new[] { "0001-01", "9999-12", "2026-13", "soon" })
        {
            Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync($"/earnings?until={until}")).StatusCode);
        }

        var months = (await (await caregiver.GetAsync("/api/v1/caregivers/me/earnings?from=2026-01-15&to=2026-03-02")).ReadJsonAsync()).GetProperty("months");
        Assert.Equal(["2026-01-01", "2026-02-01", "2026-03-01"], months.EnumerateArray().Select(m => m.GetProperty("month").GetString()));
    }

    private static async Task<Guid> RecipientOf(HttpClient family) =>
        (await (await family.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync())[0].GetProperty("id").GetGuid();

    [Fact]
    public async Task MoneyReceivedAheadForVisitsTheProviderThenCancels_IsShownAsPaidBeyondTheShare_ToBeGivenBack()
    {
        var (caregiver, _, family, _, id, _) = await app.AcceptedWeeklyAsync();
        (await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline" })).EnsureSuccessStatusCode();
        (await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/payments/received", new { amountIdr = 100_000, outstandingIdr = 240_000 })).EnsureSuccessStatusCode();

        (await caregiver.PostAsync($"/api/v1/bookings/{id}/cancel", null)).EnsureSuccessStatusCode();

        var payment = await PaymentAsync(family, id);
        Assert.Equal((0, 0, 100_000, 0, 100_000), (Idr(payment, "amountIdr"), Idr(payment, "familyShareIdr"), Idr(payment, "receivedIdr"), Idr(payment, "outstandingIdr"),
            Idr(payment, "overpaidIdr")));
    }
}

public sealed class OfflinePaymentOnSqlite(SqliteAppFactory app) : OfflinePaymentTests<SqliteAppFactory>(app);

public sealed class OfflinePaymentOnPostgres(PostgresAppFactory app) : OfflinePaymentTests<PostgresAppFactory>(app);
