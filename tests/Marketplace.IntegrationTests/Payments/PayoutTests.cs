using System.Net;
using System.Net.Http.Json;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.IntegrationTests.Payments.MoneyPath;
using static Marketplace.IntegrationTests.Payments.SponsorPath;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>
/// Payouts through the API as providers and admins use them. Batches are the whole platform's, so the steps run in one
/// test, in order: a provider is paid only what the platform holds for it (not what a family still owes it, which it
/// collects itself), only into a payout account, once; a batch cancelled gives the amounts back.
/// </summary>
public abstract class PayoutTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private const string Batches = "/api/v1/admin/payout-batches";

    [Fact]
    public async Task ProvidersArePaidWhatThePlatformHoldsForThem_OnceEach_IntoTheirPayoutAccount()
    {
        var admin = await app.AdminAsync();
        var programmeId = await admin.CreateProgrammeAsync(Programme());

        // Paid offline, a visit given is owed by the family to the caregiver directly: the platform holds nothing for her.
        var offline = await app.AcceptedWeeklyAsync();
        (await offline.Family.PostJsonAsync($"/api/v1/bookings/{offline.Id}/payments", new { method = "offline" })).EnsureSuccessStatusCode();
        await app.GiveVisitAsync(offline.Caregiver, offline.Id, offline.Start);
        (await offline.Caregiver.PutAsJsonAsync("/api/v1/me/payout-account", Account("1111111111"))).EnsureSuccessStatusCode();
        await HasConflict(await admin.PostAsync(Batches, null), "No provider with a payout account");

        // Sponsored, the programme's half of the visit (Rp 60.000) less the commission (Rp 12.000) is the platform's to pay.
        var first = await SponsoredVisitGivenAsync(admin, programmeId);
        var second = await SponsoredVisitGivenAsync(admin, programmeId);
        Assert.Equal(HttpStatusCode.NotFound, (await first.Caregiver.GetAsync("/api/v1/me/payout-account")).StatusCode);
        await HasConflict(await admin.PostAsync(Batches, null), "No provider with a payout account");
        await HasError(await first.Caregiver.PutAsJsonAsync("/api/v1/me/payout-account", Account("12ab")), "accountNumber");
        Assert.Equal(HttpStatusCode.Forbidden, (await first.Family.PutAsJsonAsync("/api/v1/me/payout-account", Account("0123 01 000123 30 1"))).StatusCode);
        var saved = await (await first.Caregiver.PutAsJsonAsync("/api/v1/me/payout-account", Account("0123 01-000123.30 1"))).ReadJsonAsync();
        Assert.Equal("012301000123301", saved.GetProperty("accountNumber").GetString());

        // The second caregiver has no account yet: left out, and said so.
        var run = await admin.PostAsync(Batches, null);
        Assert.Equal(HttpStatusCode.Created, run.StatusCode);
        var batch = await run.ReadJsonAsync();
        var batchId = batch.GetProperty("id").GetGuid();
        var line = Assert.Single(batch.GetProperty("lines").EnumerateArray());
        Assert.Equal((48_000, "012301000123301", 1, 48_000), (Idr(line, "amountIdr"), line.GetProperty("accountNumber").GetString(), batch.GetProperty("skippedCount").GetInt32(), Idr(batch, "skippedIdr")));
        await HasConflict(await admin.PostAsync(Batches, null), "open already");

        var csv = await admin.GetAsync($"{Batches}/{batchId}/transfers.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("bank,account_number,account_holder,amount_idr,reference,provider_name,provider_email", rows[0]);
        Assert.StartsWith("BRI,012301000123301,Sitti Aminah,48000,PEDULI ", Assert.Single(rows[1..]), StringComparison.Ordinal);

        // Run, the amount is taken off her account (the family's Rp 60.000 she collects herself stays); paid, once.
        await EarningsSayAsync(first.Caregiver, earned: 108_000, received: 0, dueToYou: 60_000, cashOwed: 0);
        Assert.Equal("paid", (await (await admin.PostAsync($"{Batches}/{batchId}/paid", null)).ReadJsonAsync()).GetProperty("status").GetString());
        await HasConflict(await admin.PostAsync($"{Batches}/{batchId}/paid", null), "marked paid already");
        await HasConflict(await admin.PostAsync($"{Batches}/{batchId}/cancel", null), "marked paid already");
        Assert.Equal(48_000, Idr(await (await first.Caregiver.GetAsync("/api/v1/caregivers/me/earnings")).ReadJsonAsync(), "paidOutIdr"));
        (await first.Caregiver.PostJsonAsync($"/api/v1/bookings/{first.Id}/payments/received", new { amountIdr = 60_000, outstandingIdr = 140_000 }))
            .EnsureSuccessStatusCode();
        await EarningsSayAsync(first.Caregiver, earned: 108_000, received: 60_000, dueToYou: 0, cashOwed: 0);

        // Nobody with an account is owed anything now; once the second caregiver saves one, batches race: one is run.
        await HasConflict(await admin.PostAsync(Batches, null), "No provider with a payout account");
        (await second.Caregiver.PutAsJsonAsync("/api/v1/me/payout-account", Account("9876543210"))).EnsureSuccessStatusCode();
        using var gate = new SemaphoreSlim(0);
        var racers = Enumerable.Range(0, 20).Select(async _ =>
        {
            await gate.WaitAsync();
            return await admin.PostAsync(Batches, null);
        }).ToList();
        gate.Release(20);
        var answers = await Task.WhenAll(racers);
        Assert.Equal(
            $"{HttpStatusCode.Created}: 1, {HttpStatusCode.Conflict}: 19",
            string.Join(", ", answers.GroupBy(a => a.StatusCode).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));

        // Cancelled, the amount goes back to her, and the next batch pays it.
        var raced = await answers.Single(a => a.StatusCode == HttpStatusCode.Created).ReadJsonAsync();
        (await admin.PostAsync($"{Batches}/{raced.GetProperty("id").GetGuid()}/cancel", null)).EnsureSuccessStatusCode();
        Assert.Equal(0, Idr(await (await second.Caregiver.GetAsync("/api/v1/caregivers/me/earnings")).ReadJsonAsync(), "paidOutIdr"));
        await EarningsSayAsync(second.Caregiver, earned: 108_000, received: 0, dueToYou: 108_000, cashOwed: 0);
        var next = await (await admin.PostAsync(Batches, null)).ReadJsonAsync();
        Assert.Equal(48_000, Idr(Assert.Single(next.GetProperty("lines").EnumerateArray()), "amountIdr"));
        var listed = await (await admin.GetAsync(Batches)).ReadJsonAsync();
        Assert.Equal(["open", "cancelled", "paid"], listed.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("status").GetString()));

        Assert.Equal(HttpStatusCode.Forbidden, (await first.Caregiver.PostAsync(Batches, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(Batches)).StatusCode);
    }

    private static object Account(string number) => new { bankName = "BRI", accountNumber = number, accountHolder = "Sitti Aminah" };

    /// <summary>A weekly booking half paid by the programme, confirmed, with its first visit given.</summary>
    private async Task<Accepted> SponsoredVisitGivenAsync(HttpClient admin, Guid programmeId)
    {
        var booking = await app.AcceptedWeeklyAsync();
        await admin.MarkEligibleAsync(programmeId, booking.Family);
        (await booking.Family.PostJsonAsync($"/api/v1/bookings/{booking.Id}/payments", new { method = "offline", sponsorProgrammeId = programmeId }))
            .EnsureSuccessStatusCode();
        await app.GiveVisitAsync(booking.Caregiver, booking.Id, booking.Start);
        return booking;
    }
}

public sealed class PayoutsOnSqlite(SqliteAppFactory app) : PayoutTests<SqliteAppFactory>(app);

public sealed class PayoutsOnPostgres(PostgresAppFactory app) : PayoutTests<PostgresAppFactory>(app);
