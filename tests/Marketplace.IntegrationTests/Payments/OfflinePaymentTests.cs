using System.Net;
using System.Text.Json;
using Marketplace.Application.Payments;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>
/// The money path of an offline payment, through the API as families and caregivers use it: after each step the
/// ledger's balances, the booking's payment and the caregiver's earnings all say the same.
/// </summary>
public abstract class OfflinePaymentTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private static readonly string[] TasksDone = ["companionship"];

    [Fact]
    public async Task PayingOffline_ConfirmsTheBooking_EachVisitGivenIsEarned_AndCashReceivedLeavesTheCommissionOwed()
    {
        var (caregiver, caregiverId, family, familyId, id, start) = await AcceptedWeeklyAsync();

        var paid = await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline" });
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        var payment = await paid.ReadJsonAsync();
        Assert.Equal("offline", payment.GetProperty("provider").GetString());
        Assert.Equal("pending", payment.GetProperty("status").GetString());
        Assert.Equal((240_000, 240_000, 0), (Idr(payment, "amountIdr"), Idr(payment, "familyShareIdr"), Idr(payment, "sponsorShareIdr")));
        Assert.Equal("confirmed", (await BookingAsync(family, id)).GetProperty("status").GetString());

        await GiveVisitAsync(caregiver, id, start);
        Assert.Equal((120_000, -108_000, -12_000), await BalancesAsync(familyId, caregiverId, caregiver));
        await EarningsSayAsync(caregiver, earned: 108_000, received: 0, dueToYou: 108_000, cashOwed: 0);

        var received = await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/payments/received", new { amountIdr = 120_000, outstandingIdr = 240_000 });
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var afterCash = await received.ReadJsonAsync();
        Assert.Equal(("partlyReceived", 120_000, 120_000), (afterCash.GetProperty("status").GetString(), Idr(afterCash, "receivedIdr"), Idr(afterCash, "outstandingIdr")));
        Assert.Equal((0, 12_000, -12_000), await BalancesAsync(familyId, caregiverId, caregiver));
        await EarningsSayAsync(caregiver, earned: 108_000, received: 120_000, dueToYou: 0, cashOwed: 12_000);

        await GiveVisitAsync(caregiver, id, start.AddDays(7));
        (await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/payments/received", new { amountIdr = 120_000, outstandingIdr = 120_000 })).EnsureSuccessStatusCode();

        var done = await BookingAsync(family, id);
        Assert.Equal(("completed", "received", 0), (done.GetProperty("status").GetString(), done.GetProperty("payment").GetProperty("status").GetString(), Idr(done.GetProperty("payment"), "outstandingIdr")));
        Assert.Equal((0, 24_000, -24_000), await BalancesAsync(familyId, caregiverId, caregiver));
        await EarningsSayAsync(caregiver, earned: 216_000, received: 240_000, dueToYou: 0, cashOwed: 24_000);
        Assert.Equal(24_000, done.GetProperty("commissionIdr").GetInt64());
    }

    [Fact]
    public async Task ALateCancellation_IsChargedThroughTheLedger_AndEarnedByTheCaregiver()
    {
        var (caregiver, caregiverId, family, familyId, id, start) = await AcceptedWeeklyAsync();
        await family.ConfirmOfflineAsync(id);

        using (app.Clock.TravelTo(start.AddHours(-5)))
        {
            (await family.PostAsync($"/api/v1/bookings/{id}/cancel", null)).EnsureSuccessStatusCode();
        }

        // Half of the visit within 24 hours (Rp 60.000): Rp 54.000 for the caregiver, Rp 6.000 commission; the later visit costs nothing.
        Assert.Equal((60_000, -54_000, -6_000), await BalancesAsync(familyId, caregiverId, caregiver));
        Assert.Equal(60_000, Idr((await BookingAsync(family, id)).GetProperty("payment"), "outstandingIdr"));
        await EarningsSayAsync(caregiver, earned: 54_000, received: 0, dueToYou: 54_000, cashOwed: 0);
    }

    [Fact]
    public async Task PaymentsRefused_MoveNoMoney()
    {
        var (caregiver, caregiverId, family, familyId, id, start) = await AcceptedWeeklyAsync();
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

        Assert.Equal((0, 0, 0), await BalancesAsync(familyId, caregiverId, caregiver));
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

    private static long Idr(JsonElement element, string name) => element.GetProperty(name).GetInt64();

    private static async Task<JsonElement> BookingAsync(HttpClient reader, Guid id) => await (await reader.GetAsync($"/api/v1/bookings/{id}")).ReadJsonAsync();

    private static async Task<Guid> RecipientOf(HttpClient family) =>
        (await (await family.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync())[0].GetProperty("id").GetGuid();

    /// <summary>A weekly series of two 2-hour visits at Rp 60.000 an hour (Rp 120.000 each, 10 % commission), accepted.</summary>
    private async Task<(HttpClient Caregiver, Guid CaregiverId, HttpClient Family, Guid FamilyId, Guid Id, DateTimeOffset Start)> AcceptedWeeklyAsync()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Tuesday, 9);
        var response = await family.RequestHomeCareAsync(caregiverId, recipientId, start, repeatWeekly: new { days = Array.Empty<string>(), weeks = 2 });
        response.EnsureSuccessStatusCode();
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        var familyId = (await (await family.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("familyId").GetGuid();
        return (caregiver, caregiverId, family, familyId, id, start);
    }

    private async Task GiveVisitAsync(HttpClient caregiver, Guid id, DateTimeOffset start)
    {
        using (app.Clock.TravelTo(start.AddMinutes(-5)))
        {
            (await caregiver.PostAsync($"/api/v1/bookings/{id}/check-in", null)).EnsureSuccessStatusCode();
        }

        using (app.Clock.TravelTo(start.AddHours(2)))
        {
            (await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/check-out", new { tasks = TasksDone })).EnsureSuccessStatusCode();
        }
    }

    /// <summary>The family's, the caregiver's and the platform commission's balances, read from the ledger's lines of these two parties.</summary>
    private async Task<(long Family, long Caregiver, long Commission)> BalancesAsync(Guid familyId, Guid caregiverId, HttpClient caregiver)
    {
        var userId = (await (await caregiver.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("id").GetGuid();
        var familyAccount = LedgerAccount.Family(familyId);
        var providerAccount = LedgerAccount.Provider(userId);
        var lines = await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().LedgerEntries
            .Where(e => e.DebitAccount == familyAccount || e.CreditAccount == familyAccount).ToListAsync());
        long Balance(string account) => lines.Where(e => e.DebitAccount == account).Sum(e => e.AmountIdr) - lines.Where(e => e.CreditAccount == account).Sum(e => e.AmountIdr);
        return (Balance(familyAccount), Balance(providerAccount), Balance(LedgerAccount.PlatformCommission));
    }

    private static async Task EarningsSayAsync(HttpClient caregiver, long earned, long received, long dueToYou, long cashOwed)
    {
        // Visits are given a few days ahead on the test's clock: the period reaches past them.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var period = $"from={today.AddDays(-30):yyyy-MM-dd}&to={today.AddDays(60):yyyy-MM-dd}";
        var earnings = await (await caregiver.GetAsync($"/api/v1/caregivers/me/earnings?{period}")).ReadJsonAsync();
        Assert.Equal((earned, received, dueToYou, cashOwed), (Idr(earnings, "earnedIdr"), Idr(earnings, "receivedIdr"), Idr(earnings, "dueToYouIdr"), Idr(earnings, "cashOwedIdr")));
        var months = earnings.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(earned, months.Sum(m => Idr(m, "earnedIdr")));
        Assert.Equal(received, months.Sum(m => Idr(m, "receivedIdr")));
    }
}

public sealed class OfflinePaymentOnSqlite(SqliteAppFactory app) : OfflinePaymentTests<SqliteAppFactory>(app);

public sealed class OfflinePaymentOnPostgres(PostgresAppFactory app) : OfflinePaymentTests<PostgresAppFactory>(app);
