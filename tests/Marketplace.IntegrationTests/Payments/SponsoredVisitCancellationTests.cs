using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Payments.MoneyPath;
using static Marketplace.IntegrationTests.Payments.SponsorPath;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>
/// A visit of a sponsored booking cancelled on its own: the programme's reservation shrinks to its share of what is left
/// at once (the rest goes back to its budget), and the ledger, the budget and the statement say the same after each step.
/// </summary>
public abstract class SponsoredVisitCancellationTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task AVisitCancelledAlone_GivesTheProgrammesShareOfItBackAtOnce()
    {
        var admin = await app.AdminAsync();
        var programmeId = await admin.CreateProgrammeAsync(Programme());
        var booking = await app.AcceptedWeeklyAsync();
        var (caregiver, _, family, _, id, start) = booking;
        await admin.MarkEligibleAsync(programmeId, family);
        (await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline", sponsorProgrammeId = programmeId })).EnsureSuccessStatusCode();
        Assert.Equal((100_000, 100_000, 0, 900_000), await admin.BudgetAsync(programmeId));

        // In time: Rp 120.000 is left, half of it (Rp 60.000) the programme's; the Rp 40.000 more it had reserved goes back.
        var second = (await BookingAsync(family, id)).GetProperty("visits")[1].GetProperty("id").GetGuid();
        var preview = await (await family.GetAsync($"/api/v1/bookings/{id}/visits/{second}/cancellation")).ReadJsonAsync();
        Assert.Equal((0L, 120_000L, 60_000L, 60_000L), (Idr(preview, "chargeIdr"), Idr(preview, "amountDueAfterIdr"), Idr(preview, "sponsorShareAfterIdr"), Idr(preview, "familyShareAfterIdr")));
        (await family.PostAsync($"/api/v1/bookings/{id}/visits/{second}/cancel", null)).EnsureSuccessStatusCode();

        Assert.Equal((60_000, 60_000, 0, 940_000), await admin.BudgetAsync(programmeId));
        Assert.Equal((0, 0, 0, 0), await app.BalancesAsync(booking));
        var payment = await PaymentAsync(family, id);
        Assert.Equal((120_000, 60_000, 60_000), (Idr(payment, "amountIdr"), Idr(payment, "sponsorShareIdr"), Idr(payment, "outstandingIdr")));

        await app.GiveVisitAsync(caregiver, id, start);
        Assert.Equal((60_000, 0, 60_000, 940_000), await admin.BudgetAsync(programmeId));
        Assert.Equal((60_000, -108_000, -12_000, 0), await app.BalancesAsync(booking));
        Assert.Equal(("completed", "pending", 60_000), await StateAsync(family, id));

        var line = Assert.Single((await admin.StatementAsync(programmeId)).GetProperty("lines").EnumerateArray());
        Assert.Equal((100_000, 60_000, 40_000), (Idr(line, "reservedIdr"), Idr(line, "spentIdr"), Idr(line, "releasedIdr")));
    }
}

public sealed class SponsoredVisitCancellationOnSqlite(SqliteAppFactory app) : SponsoredVisitCancellationTests<SqliteAppFactory>(app);

public sealed class SponsoredVisitCancellationOnPostgres(PostgresAppFactory app) : SponsoredVisitCancellationTests<PostgresAppFactory>(app);
