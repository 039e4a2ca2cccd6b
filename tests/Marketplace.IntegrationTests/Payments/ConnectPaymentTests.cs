using System.Net;
using System.Net.Http.Json;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.IntegrationTests.Payments.CardPath;
using static Marketplace.IntegrationTests.Payments.MoneyPath;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>
/// Stripe Connect, on by configuration: a caregiver who gives her connected account (<c>acct_…</c>) is paid by Stripe.
/// The card charge is a destination charge to her account with the platform's commission as the application fee;
/// the capture adjusts the fee to the commission on what the care cost; the ledger shows her part paid out, so no
/// payout batch pays it again; a refund takes her part back from her account (and the fee in proportion). A caregiver
/// without a connected account is paid by the platform as before.
/// </summary>
public abstract class ConnectPaymentTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : StripeAppFactory
{
    private const string ConnectedAccount = "acct_1PedTestCaregiver";

    private FakeStripe Stripe => app.Stripe;

    [Fact]
    public async Task AConnectedCaregiver_IsPaidByStripeLessTheCommission_AndNeverAgainByAPayoutBatch()
    {
        var connected = await app.AcceptedTuesdayAndThursdayAsync();
        (await connected.Caregiver.PutAsJsonAsync("/api/v1/me/payout-account", Account(ConnectedAccount))).EnsureSuccessStatusCode();
        Assert.Equal(ConnectedAccount, (await (await connected.Caregiver.GetAsync("/api/v1/me/payout-account")).ReadJsonAsync()).GetProperty("connectedAccountId").GetString());

        var intent = await app.AuthoriseOnCheckoutAsync(await app.CardCheckoutAsync(connected));
        var checkout = Assert.Single(Stripe.RequestsTo("/v1/checkout/sessions"), r => r.Form.GetValueOrDefault("payment_intent_data[metadata][booking_id]") == connected.Id.ToString("D"));
        Assert.Equal((ConnectedAccount, "2400000", "24000000"), (
            checkout.Form["payment_intent_data[transfer_data][destination]"], checkout.Form["payment_intent_data[application_fee_amount]"],
            checkout.Form["line_items[0][price_data][unit_amount]"]));

        await app.GiveVisitAsync(connected.Caregiver, connected.Id, connected.Start);
        await app.GiveVisitAsync(connected.Caregiver, connected.Id, connected.Start.AddDays(2));
        await app.CapturedAsync(connected.Family, connected.Id, after: connected.Start.AddDays(2));
        var capture = Assert.Single(Stripe.RequestsTo($"/v1/payment_intents/{intent}/capture"));
        Assert.Equal(("24000000", "2400000"), (capture.Form["amount_to_capture"], capture.Form["application_fee_amount"]));

        // Stripe paid her Rp 216.000 and the platform kept Rp 24.000: the platform holds nothing for her.
        Assert.Equal((0, 0, -24_000, 24_000), await app.BalancesAsync(connected));
        await EarningsSayAsync(connected.Caregiver, earned: 216_000, received: 0, dueToYou: 0, cashOwed: 0);
        Assert.Equal(216_000, await PaidOutAsync(connected.Caregiver));

        // Another caregiver without a connected account is paid by the platform: only she is in the batch.
        var platformPaid = await app.AcceptedTuesdayAndThursdayAsync();
        var otherIntent = await app.DeliveredAndCapturedAsync(platformPaid);
        var otherCheckout = Assert.Single(Stripe.RequestsTo("/v1/checkout/sessions"), r => r.Form.GetValueOrDefault("payment_intent_data[metadata][booking_id]") == platformPaid.Id.ToString("D"));
        Assert.DoesNotContain(otherCheckout.Form.Keys, key => key.Contains("transfer_data", StringComparison.Ordinal) || key.Contains("application_fee", StringComparison.Ordinal));
        Assert.False(Assert.Single(Stripe.RequestsTo($"/v1/payment_intents/{otherIntent}/capture")).Form.ContainsKey("application_fee_amount"));
        (await platformPaid.Caregiver.PutAsJsonAsync("/api/v1/me/payout-account", Account(null))).EnsureSuccessStatusCode();
        var admin = await app.AdminAsync();
        var batch = await admin.PostAsync("/api/v1/admin/payout-batches", null);
        Assert.Equal(HttpStatusCode.Created, batch.StatusCode);
        var line = Assert.Single((await batch.ReadJsonAsync()).GetProperty("lines").EnumerateArray());
        Assert.Equal((await UserIdAsync(platformPaid.Caregiver), 216_000), (line.GetProperty("providerUserId").GetGuid(), Idr(line, "amountIdr")));

        // A refund takes her part back from her Stripe account and the fee in proportion: the platform still owes her nothing.
        var refunded = await admin.PostJsonAsync($"/api/v1/bookings/{connected.Id}/payments/refunds", new { amountIdr = 100_000 });
        Assert.Equal(HttpStatusCode.OK, refunded.StatusCode);
        var refund = Stripe.RequestsTo("/v1/refunds")[^1];
        Assert.Equal(("10000000", "true", "true"), (refund.Form["amount"], refund.Form["reverse_transfer"], refund.Form["refund_application_fee"]));
        Assert.Equal((0, 0, -14_000, 14_000), await app.BalancesAsync(connected));
        await EarningsSayAsync(connected.Caregiver, earned: 126_000, received: 0, dueToYou: 0, cashOwed: 0);
        Assert.Equal(126_000, await PaidOutAsync(connected.Caregiver));
    }

    [Theory]
    [InlineData("acct_")]
    [InlineData("acct_12 34")]
    [InlineData("cus_1PedTestCaregiver")]
    [InlineData("ACCT_1PedTestCaregiver")]
    [InlineData("acct_1PedTestCaregiver1PedTestCaregiver1PedTestCaregiver1PedTestCaregiver")]
    public async Task AConnectedAccountThatIsNotAStripeAccountId_IsRefused(string id)
    {
        var (caregiver, _) = await app.NewBookableCaregiverAsync();
        await HasError(await caregiver.PutAsJsonAsync("/api/v1/me/payout-account", Account(id)), "connectedAccountId");
    }

    private static object Account(string? connectedAccountId) =>
        new { bankName = "BRI", accountNumber = "012301000123301", accountHolder = "Sitti Aminah", connectedAccountId };

    private static async Task<long> PaidOutAsync(HttpClient caregiver)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var earnings = await (await caregiver.GetAsync($"/api/v1/caregivers/me/earnings?from={today.AddDays(-30):yyyy-MM-dd}&to={today.AddDays(60):yyyy-MM-dd}")).ReadJsonAsync();
        return Idr(earnings, "paidOutIdr");
    }

    private static async Task<Guid> UserIdAsync(HttpClient user) => (await (await user.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("id").GetGuid();
}

public sealed class ConnectPaymentOnSqlite(SqliteConnectAppFactory app) : ConnectPaymentTests<SqliteConnectAppFactory>(app);

public sealed class ConnectPaymentOnPostgres(PostgresConnectAppFactory app) : ConnectPaymentTests<PostgresConnectAppFactory>(app);
