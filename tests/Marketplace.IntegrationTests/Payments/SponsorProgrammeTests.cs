using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Application.Bookings;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.IntegrationTests.Payments.MoneyPath;
using static Marketplace.IntegrationTests.Payments.SponsorPath;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>
/// Sponsor programmes through the API as admins and families use them: a share reserved when the family confirms,
/// spent as care is given, released when the booking is over; after each step the ledger, the programme's budget and its
/// statement say the same. The database itself refuses to overspend a budget however many confirm at once.
/// </summary>
public abstract class SponsorProgrammeTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task ASponsoredBooking_SplitsThePrice_SpendsTheShareAsCareIsGiven_AndTheStatementEqualsTheLedger()
    {
        var admin = await app.AdminAsync();
        var programmeId = await admin.CreateProgrammeAsync(Programme());
        var booking = await app.AcceptedWeeklyAsync();
        var (caregiver, _, family, _, id, start) = booking;
        await admin.MarkEligibleAsync(programmeId, family);

        // Half of Rp 240.000 is more than the cap: the programme pays Rp 100.000, the family Rp 140.000.
        var offer = Assert.Single((await (await family.GetAsync($"/api/v1/bookings/{id}/sponsor-offers")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal((programmeId, 100_000, 140_000), (offer.GetProperty("programmeId").GetGuid(), Idr(offer, "sponsorShareIdr"), Idr(offer, "familyShareIdr")));
        var paid = await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline", sponsorProgrammeId = programmeId });
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        var payment = await paid.ReadJsonAsync();
        Assert.Equal((240_000, 140_000, 100_000, 140_000), (Idr(payment, "amountIdr"), Idr(payment, "familyShareIdr"), Idr(payment, "sponsorShareIdr"), Idr(payment, "outstandingIdr")));
        Assert.Equal("Bantuan Lansia Gowa", payment.GetProperty("sponsorProgrammeName").GetString());

        // The provider sees that a sponsor pays part, not which programme (its name can tell a family is on a welfare register).
        var providerSees = await PaymentAsync(caregiver, id);
        Assert.Equal((100_000, JsonValueKind.Null), (Idr(providerSees, "sponsorShareIdr"), providerSees.GetProperty("sponsorProgrammeName").ValueKind));
        Assert.Equal((100_000, 100_000, 0, 900_000), await admin.BudgetAsync(programmeId));
        Assert.Empty((await (await family.GetAsync($"/api/v1/bookings/{id}/sponsor-offers")).ReadJsonAsync()).EnumerateArray());

        // The first visit (Rp 120.000) is half the programme's (Rp 60.000); the second takes the rest of the cap (Rp 40.000).
        await app.GiveVisitAsync(caregiver, id, start);
        Assert.Equal((60_000, -108_000, -12_000, 0), await app.BalancesAsync(booking));
        Assert.Equal((100_000, 40_000, 60_000, 900_000), await admin.BudgetAsync(programmeId));
        await app.GiveVisitAsync(caregiver, id, start.AddDays(7));
        Assert.Equal((140_000, -216_000, -24_000, 0), await app.BalancesAsync(booking));
        Assert.Equal((100_000, 0, 100_000, 900_000), await admin.BudgetAsync(programmeId));

        // The family pays its Rp 140.000 in cash: the platform owes the caregiver the sponsor's part less the commission.
        (await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/payments/received", new { amountIdr = 140_000, outstandingIdr = 140_000 })).EnsureSuccessStatusCode();
        Assert.Equal((0, -76_000, -24_000, 0), await app.BalancesAsync(booking));
        await EarningsSayAsync(caregiver, earned: 216_000, received: 140_000, dueToYou: 76_000, cashOwed: 0);

        var receipt = await (await family.GetAsync($"/api/v1/bookings/{id}/receipt")).ReadJsonAsync();
        Assert.Equal([120_000, 120_000], receipt.GetProperty("lines").EnumerateArray().Select(l => Idr(l, "amountIdr")));
        Assert.Equal((240_000, 100_000, 140_000, 140_000, 0), (Idr(receipt, "totalIdr"), Idr(receipt, "sponsorShareIdr"), Idr(receipt, "familyShareIdr"),
            Idr(receipt, "receivedIdr"), Idr(receipt, "outstandingIdr")));
        var providerReceipt = await (await caregiver.GetAsync($"/api/v1/bookings/{id}/receipt")).ReadJsonAsync();
        Assert.Equal((receipt.GetProperty("number").GetString(), JsonValueKind.Null), (providerReceipt.GetProperty("number").GetString(), providerReceipt.GetProperty("sponsorProgrammeName").ValueKind));

        var statement = await admin.StatementAsync(programmeId);
        var line = Assert.Single(statement.GetProperty("lines").EnumerateArray());
        Assert.Equal((id, "homeCare", "73.06.08"), (line.GetProperty("bookingId").GetGuid(), line.GetProperty("kind").GetString(), line.GetProperty("areaCode").GetString()));
        Assert.Equal((100_000, 100_000, 0), (Idr(line, "reservedIdr"), Idr(line, "spentIdr"), Idr(line, "releasedIdr")));
        Assert.Equal((100_000, 100_000, 0), (Idr(statement, "reservedIdr"), Idr(statement, "spentIdr"), Idr(statement, "releasedIdr")));

        var csv = await admin.GetAsync($"/api/v1/admin/sponsor-programmes/{programmeId}/statement.csv?from={statement.GetProperty("from").GetString()}&to={statement.GetProperty("to").GetString()}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            ["booking_id,kind,area_code,first_day,reserved_idr,spent_idr,released_idr", $"{id},homeCare,73.06.08,{start:yyyy-MM-dd},100000,100000,0", "total,,,,100000,100000,0"],
            (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Cancelling_ReleasesTheUnspentShare_AndTheStatementShowsItReserved_ThenReleased()
    {
        var admin = await app.AdminAsync();
        var programmeId = await admin.CreateProgrammeAsync(Programme());
        var (_, _, family, _, id, _) = await app.AcceptedWeeklyAsync();
        await admin.MarkEligibleAsync(programmeId, family);
        (await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline", sponsorProgrammeId = programmeId })).EnsureSuccessStatusCode();

        (await family.PostAsync($"/api/v1/bookings/{id}/cancel", null)).EnsureSuccessStatusCode();

        Assert.Equal((0, 0, 0, 1_000_000), await admin.BudgetAsync(programmeId));
        var statement = await admin.StatementAsync(programmeId);
        Assert.Equal((100_000, 0, 100_000), (Idr(statement, "reservedIdr"), Idr(statement, "spentIdr"), Idr(statement, "releasedIdr")));
    }

    [Fact]
    public async Task ABookingSponsoredInFull_IsConfirmedWithNothingForTheFamilyToPay_EvenWhenACardWasAskedFor()
    {
        var admin = await app.AdminAsync();
        var programmeId = await admin.CreateProgrammeAsync(Programme(sharePercent: 100, capPerBookingIdr: 1_000_000));
        var (_, _, family, _, id, _) = await app.AcceptedWeeklyAsync();
        await admin.MarkEligibleAsync(programmeId, family);

        var paid = await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "card", sponsorProgrammeId = programmeId });

        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        var payment = await paid.ReadJsonAsync();
        Assert.Equal(("offline", 0, 240_000, 0), (payment.GetProperty("provider").GetString(), Idr(payment, "familyShareIdr"), Idr(payment, "sponsorShareIdr"), Idr(payment, "outstandingIdr")));
        Assert.Equal("confirmed", (await BookingAsync(family, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AProgrammeThatCannotPay_IsRefusedWithItsReason_AndNothingIsReservedOrConfirmed()
    {
        var admin = await app.AdminAsync();
        var (_, _, family, _, id, _) = await app.AcceptedWeeklyAsync();
        async Task RefusedAsync(Guid programmeId, string reason)
        {
            await HasConflict(await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline", sponsorProgrammeId = programmeId }), reason);
            var (committed, held, spent, _) = await admin.BudgetAsync(programmeId);
            Assert.Equal((0L, 0L, 0L), (committed, held, spent));
        }

        await RefusedAsync(await admin.CreateProgrammeAsync(Programme()), "not registered as eligible");

        var daycareOnly = Programme();
        daycareOnly["kinds"] = new[] { "daycare" };
        var cityOnly = Programme();
        cityOnly["areaCodes"] = new[] { "73.71" };
        var lastYear = Programme();
        lastYear["validUntil"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (programme, reason) in new[]
        {
            (daycareOnly, "does not pay for this kind of care"), (cityOnly, "does not cover the area"), (lastYear, "pays only for care from"),
            (Programme(budgetIdr: 99_999), "only Rp 99.999 of its budget left"),
        })
        {
            var programmeId = await admin.CreateProgrammeAsync(programme);
            await admin.MarkEligibleAsync(programmeId, family);
            await RefusedAsync(programmeId, reason);
        }

        var withdrawn = await admin.CreateProgrammeAsync(Programme());
        await admin.MarkEligibleAsync(withdrawn, family);
        var familyId = (await (await family.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("familyId").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/sponsor-programmes/{withdrawn}/eligible-families/{familyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/sponsor-programmes/{withdrawn}/eligible-families/{familyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/admin/sponsor-programmes/{withdrawn}/eligible-families/{Guid.NewGuid()}")).StatusCode);
        await RefusedAsync(withdrawn, "not registered as eligible");

        Assert.Equal(HttpStatusCode.NotFound, (await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline", sponsorProgrammeId = Guid.NewGuid() })).StatusCode);
        await HasConflict(await family.GetAsync($"/api/v1/bookings/{id}/receipt"), "no receipt yet");
        Assert.Equal("accepted", (await BookingAsync(family, id)).GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, (await BookingAsync(family, id)).GetProperty("payment").ValueKind);
    }

    [Fact]
    public async Task AdminInput_IsChecked_AndOnlyAdminsManageProgrammes()
    {
        var admin = await app.AdminAsync();
        async Task InvalidAsync(string field, object value, string? namedAs = null)
        {
            var programme = Programme();
            programme[field] = value;
            await HasError(await admin.PostJsonAsync("/api/v1/admin/sponsor-programmes", programme), namedAs ?? field);
        }

        await InvalidAsync("sharePercent", 0);
        await InvalidAsync("sharePercent", 101);
        await InvalidAsync("budgetIdr", 0);
        await InvalidAsync("capPerBookingIdr", -1);
        await InvalidAsync("kinds", Array.Empty<string>());
        await InvalidAsync("areaCodes", UnknownArea, "areaCodes[0]");
        await InvalidAsync("name", " ");
        await InvalidAsync("validUntil", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        var programmeId = await admin.CreateProgrammeAsync(Programme());
        await HasConflict(
            await admin.PostJsonAsync($"/api/v1/admin/sponsor-programmes/{programmeId}/eligible-families", new { email = "nobody@contoh.id", evidenceReference = "DTKS 1" }),
            "No family account");
        await HasError(await admin.PostJsonAsync($"/api/v1/admin/sponsor-programmes/{programmeId}/eligible-families", new { email = "not an address", evidenceReference = "" }), "email");

        var (caregiver, _) = await app.NewBookableCaregiverAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await caregiver.PostJsonAsync("/api/v1/admin/sponsor-programmes", Programme())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caregiver.GetAsync($"/api/v1/admin/sponsor-programmes/{programmeId}/statement")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/admin/sponsor-programmes")).StatusCode);
    }

    [Fact]
    public async Task TheBudget_CannotBeLoweredBelowWhatIsCommitted_ButCanBeToppedUp()
    {
        var admin = await app.AdminAsync();
        var programmeId = await admin.CreateProgrammeAsync(Programme());
        var (_, _, family, _, id, _) = await app.AcceptedWeeklyAsync();
        await admin.MarkEligibleAsync(programmeId, family);
        (await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline", sponsorProgrammeId = programmeId })).EnsureSuccessStatusCode();

        await HasConflict(await admin.PutAsJsonAsync($"/api/v1/admin/sponsor-programmes/{programmeId}", Programme(budgetIdr: 99_999)), "less than what the programme has already committed");
        var toppedUp = await admin.PutAsJsonAsync($"/api/v1/admin/sponsor-programmes/{programmeId}", Programme(budgetIdr: 5_000_000));
        Assert.Equal(HttpStatusCode.OK, toppedUp.StatusCode);
        Assert.Equal((100_000, 100_000, 0, 4_900_000), await admin.BudgetAsync(programmeId));
    }

    /// <summary>
    /// 200 bookings of one eligible family confirmed at the same moment, each asking Rp 60.000 of a budget that covers 37:
    /// exactly 37 are sponsored and confirmed, the rest refused with nothing reserved or confirmed.
    /// </summary>
    [Fact]
    public async Task ConcurrentConfirmations_NeverOverspendTheBudget()
    {
        const int Racers = 200, Covered = 37;
        var admin = await app.AdminAsync();
        var programmeId = await admin.CreateProgrammeAsync(Programme(budgetIdr: (Covered * 60_000) + 59_999));
        var (family, recipientId) = await app.NewFamilyAsync();
        await admin.MarkEligibleAsync(programmeId, family);
        var ids = await AcceptedBookingsAsync(family, recipientId, Racers);

        using var gate = new SemaphoreSlim(0);
        var racers = ids.Select(async id =>
        {
            await gate.WaitAsync();
            return (await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline", sponsorProgrammeId = programmeId })).StatusCode;
        }).ToList();
        gate.Release(Racers);
        var answers = await Task.WhenAll(racers);

        Assert.Equal(
            $"{HttpStatusCode.Created}: {Covered}, {HttpStatusCode.Conflict}: {Racers - Covered}",
            string.Join(", ", answers.GroupBy(a => a).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        Assert.Equal((Covered * 60_000, Covered * 60_000, 0, 59_999), await admin.BudgetAsync(programmeId));
        var confirmed = await app.InScopeAsync(services => Task.FromResult(
            services.GetRequiredService<MarketplaceDbContext>().Bookings.Count(b => ids.Contains(b.Id) && b.Status == BookingStatus.Confirmed)));
        Assert.Equal(Covered, confirmed);
    }

    private static readonly string[] UnknownArea = ["99.99"];

    /// <summary>Accepted one-visit bookings (2 hours at Rp 60.000) of the family's person, each with a caregiver of its own, stored directly.</summary>
    private async Task<List<Guid>> AcceptedBookingsAsync(HttpClient family, Guid recipientId, int count)
    {
        var me = await (await family.GetAsync("/api/v1/me")).ReadJsonAsync();
        var (familyId, familyUserId) = (me.GetProperty("familyId").GetGuid(), me.GetProperty("id").GetGuid());
        var start = TestBookings.Next(DayOfWeek.Wednesday, 9);
        return await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            var now = DateTimeOffset.UtcNow;
            var bookings = Enumerable.Range(0, count).Select(_ =>
            {
                var booking = Booking.RequestHomeCare(
                    new HomeCareRequest(
                        new BookingParties(familyId, familyUserId, recipientId, "Uji", Guid.NewGuid(), "Uji", Guid.NewGuid(), null),
                        [start], 2, Money.FromRupiah(60_000), IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24), DateTimeOffset.MaxValue, CommissionPercent: 10),
                    now);
                booking.Accept(now);
                booking.ClearEvents();
                return booking;
            }).ToList();
            db.Bookings.AddRange(bookings);
            await db.SaveChangesAsync();
            return bookings.Select(b => b.Id).ToList();
        });
    }
}

public sealed class SponsorProgrammesOnSqlite(SqliteAppFactory app) : SponsorProgrammeTests<SqliteAppFactory>(app);

public sealed class SponsorProgrammesOnPostgres(PostgresAppFactory app) : SponsorProgrammeTests<PostgresAppFactory>(app);
