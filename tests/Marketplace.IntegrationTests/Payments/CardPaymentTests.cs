using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.IntegrationTests.Payments.CardPath;
using static Marketplace.IntegrationTests.Payments.MoneyPath;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>
/// The money path of a card payment through the real Stripe.net client and a fake Stripe, for care that ends within an
/// authorisation's life (paid the day before a Tuesday-and-Thursday booking): checkout, authorisation by webhook,
/// capture when the care is over, late cancellation, refunds and Stripe's failures. After each step the
/// ledger's balances (which always sum to zero), the booking's payment and the caregiver's earnings say the same.
/// </summary>
public abstract class CardPaymentTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : StripeAppFactory
{
    private FakeStripe Stripe => app.Stripe;

    [Fact]
    public async Task ACard_IsAuthorisedAtCheckout_ConfirmingTheBooking_AndCapturedOnceWhenTheCareIsOver()
    {
        var booking = await app.AcceptedTuesdayAndThursdayAsync();
        var (caregiver, _, family, _, id, start) = booking;

        HttpResponseMessage paid;
        using (app.Clock.TravelTo(DayBefore(booking)))
        {
            paid = await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { });
        }

        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        var payment = await paid.ReadJsonAsync();
        Assert.Equal(("stripe", "pending", 240_000), (payment.GetProperty("provider").GetString(), payment.GetProperty("status").GetString(), Idr(payment, "amountIdr")));
        var checkoutUrl = new Uri(payment.GetProperty("checkoutUrl").GetString()!);
        Assert.Equal("accepted", (await BookingAsync(family, id)).GetProperty("status").GetString());

        var checkout = Assert.Single(Stripe.RequestsTo("/v1/checkout/sessions"), r => r.Form.GetValueOrDefault("payment_intent_data[metadata][booking_id]") == id.ToString("D"));
        var paymentId = payment.GetProperty("id").GetGuid();
        Assert.Equal($"Bearer {FakeStripe.SecretKey}", checkout.Authorization);
        Assert.Equal($"checkout:{paymentId:D}", checkout.IdempotencyKey);
        Assert.Equal("24000000", checkout.Form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("idr", checkout.Form["line_items[0][price_data][currency]"]);
        Assert.Equal("manual", checkout.Form["payment_intent_data[capture_method]"]);
        Assert.Equal(id.ToString("D"), checkout.Form["payment_intent_data[metadata][booking_id]"]);
        Assert.Equal($"http://localhost/bookings/{id:D}?payment=card", checkout.Form["success_url"]);

        var intent = await app.AuthoriseOnCheckoutAsync(checkoutUrl);
        var authorised = await BookingAsync(family, id);
        Assert.Equal(("confirmed", "authorised"), (authorised.GetProperty("status").GetString(), authorised.GetProperty("payment").GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, authorised.GetProperty("payment").GetProperty("checkoutUrl").ValueKind);

        await app.GiveVisitAsync(caregiver, id, start);
        Assert.Empty(Stripe.RequestsTo($"/v1/payment_intents/{intent}"));
        await app.GiveVisitAsync(caregiver, id, start.AddDays(2));

        await app.CapturedAsync(family, id, after: start.AddDays(2));
        var capture = Assert.Single(Stripe.RequestsTo($"/v1/payment_intents/{intent}/capture"));
        Assert.Equal(("24000000", $"capture:{paymentId:D}"), (capture.Form["amount_to_capture"], capture.IdempotencyKey));
        Assert.Equal((0, -216_000, -24_000, 240_000), await app.BalancesAsync(booking));
        await EarningsSayAsync(caregiver, earned: 216_000, received: 0, dueToYou: 216_000, cashOwed: 0);

        // Stripe reports the capture too, maybe twice; and an old authorisation event arrives late: nothing moves again.
        var succeeded = await Stripe.SendIntentEventAsync("payment_intent.succeeded", intent);
        (await Stripe.DeliverAsync(succeeded)).EnsureSuccessStatusCode();
        (await Stripe.DeliverAsync(Stripe.Events.First(e => e.Contains(intent, StringComparison.Ordinal)))).EnsureSuccessStatusCode();
        await Stripe.SendIntentEventAsync("payment_intent.payment_failed", intent);
        Assert.Equal((0, -216_000, -24_000, 240_000), await app.BalancesAsync(booking));
        Assert.Equal(("completed", "received", 0), await StateAsync(family, id));
    }

    [Fact]
    public async Task ALateCancellation_CapturesOnlyTheCharge_AndAnEarlyOneReleasesTheCard()
    {
        var late = await app.AcceptedTuesdayAndThursdayAsync();
        var lateIntent = await app.AuthoriseOnCheckoutAsync(await app.CardCheckoutAsync(late));
        using (app.Clock.TravelTo(late.Start.AddHours(-5)))
        {
            (await late.Family.PostAsync($"/api/v1/bookings/{late.Id}/cancel", null)).EnsureSuccessStatusCode();
        }

        await app.CapturedAsync(late.Family, late.Id, after: late.Start.AddHours(-5));
        Assert.Equal("6000000", Assert.Single(Stripe.RequestsTo($"/v1/payment_intents/{lateIntent}/capture")).Form["amount_to_capture"]);
        Assert.Equal((0, -54_000, -6_000, 60_000), await app.BalancesAsync(late));

        var early = await app.AcceptedTuesdayAndThursdayAsync();
        var earlyIntent = await app.AuthoriseOnCheckoutAsync(await app.CardCheckoutAsync(early));
        (await early.Family.PostAsync($"/api/v1/bookings/{early.Id}/cancel", null)).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(async () => (await PaymentAsync(early.Family, early.Id)).GetProperty("status").GetString() == "released", "the card released");
        Assert.Single(Stripe.RequestsTo($"/v1/payment_intents/{earlyIntent}/cancel"));
        Assert.Empty(Stripe.RequestsTo($"/v1/payment_intents/{earlyIntent}/capture"));
        Assert.Equal((0, 0, 0, 0), await app.BalancesAsync(early));
    }

    [Fact]
    public async Task ARefund_ComesOutOfTheEarningAndCommission_OnceAndNeverBeyondWhatWasCaptured()
    {
        var booking = await app.AcceptedTuesdayAndThursdayAsync();
        var intent = await app.DeliveredAndCapturedAsync(booking);
        var admin = await app.AdminAsync();

        await HasConflict(await admin.PostJsonAsync($"/api/v1/bookings/{booking.Id}/payments/refunds", new { amountIdr = 240_001 }), "Rp 240.000");
        Assert.Equal(HttpStatusCode.Forbidden, (await booking.Family.PostJsonAsync($"/api/v1/bookings/{booking.Id}/payments/refunds", new { amountIdr = 1_000 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostJsonAsync($"/api/v1/bookings/{booking.Id}/payments/refunds", new { amountIdr = 0 })).StatusCode);
        Stripe.FailNext("/v1/refunds", 400, "idempotency_error", "idempotency_key_in_use");
        await HasConflict(await admin.PostJsonAsync($"/api/v1/bookings/{booking.Id}/payments/refunds", new { amountIdr = 100_000 }), "card processor refused");
        Assert.Equal((0, -216_000, -24_000, 240_000), await app.BalancesAsync(booking));

        var refunded = await admin.PostJsonAsync($"/api/v1/bookings/{booking.Id}/payments/refunds", new { amountIdr = 100_000 });
        Assert.Equal(HttpStatusCode.OK, refunded.StatusCode);
        Assert.Equal(100_000, Idr(await refunded.ReadJsonAsync(), "refundedIdr"));
        var refund = Stripe.RequestsTo("/v1/refunds")[^1];
        Assert.Equal(("10000000", intent), (refund.Form["amount"], refund.Form["payment_intent"]));
        Assert.Equal((0, -126_000, -14_000, 140_000), await app.BalancesAsync(booking));

        // Stripe's charge.refunded names the same total: nothing is posted twice.
        await Stripe.SendChargeEventAsync("charge.refunded", intent);
        Assert.Equal((0, -126_000, -14_000, 140_000), await app.BalancesAsync(booking));
        await EarningsSayAsync(booking.Caregiver, earned: 126_000, received: 0, dueToYou: 126_000, cashOwed: 0);
        await HasConflict(await admin.PostJsonAsync($"/api/v1/bookings/{booking.Id}/payments/refunds", new { amountIdr = 140_001 }), "Rp 140.000");

        // A dispute is kept on the payment for an admin, and moves no money by itself.
        await Stripe.SendChargeEventAsync("charge.dispute.created", intent);
        var disputedAt = await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().Bookings.AsNoTracking()
            .Where(b => b.Id == booking.Id).Select(b => b.Payment!.DisputedAt).SingleAsync());
        Assert.NotNull(disputedAt);
        Assert.Equal((0, -126_000, -14_000, 140_000), await app.BalancesAsync(booking));
    }

    [Fact]
    public async Task Webhooks_WithoutAValidSignature_AreRefused_AndChangeNothing()
    {
        var booking = await app.AcceptedTuesdayAndThursdayAsync();
        var checkoutUrl = await app.CardCheckoutAsync(booking);
        var intent = Stripe.NewIntent(Stripe.SessionAt(checkoutUrl), "requires_capture");
        var json = Stripe.EventJson("payment_intent.amount_capturable_updated", Stripe.Intent(intent));

        var tampered = json.Replace("24000000", "100", StringComparison.Ordinal);
        foreach (var (body, signature) in new[]
        {
            (tampered, FakeStripe.Sign(json, DateTimeOffset.UtcNow)),
            (json, FakeStripe.Sign(json, DateTimeOffset.UtcNow, "whsec_someone_else")),
            (json, FakeStripe.Sign(json, DateTimeOffset.UtcNow.AddMinutes(-6))),
            (json, ""),
            ("not json at all", FakeStripe.Sign("not json at all", DateTimeOffset.UtcNow)),
            ("[1, 2]", FakeStripe.Sign("[1, 2]", DateTimeOffset.UtcNow)),
            ("{\"id\": 5, \"data\": []}", FakeStripe.Sign("{\"id\": 5, \"data\": []}", DateTimeOffset.UtcNow)),
        })
        {
            var refused = await Stripe.DeliverAsync(body, signature);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal("accepted", (await BookingAsync(booking.Family, booking.Id)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Stripe.DeliverAsync(json)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Stripe.DeliverAsync(json)).StatusCode);
        Assert.Equal(("confirmed", "authorised", 240_000), await StateAsync(booking.Family, booking.Id));
    }

    [Fact]
    public async Task ADeclinedCard_LeavesTheBookingToPayAgain_AndAnAbandonedCheckoutCompletedLateIsReleased()
    {
        var booking = await app.AcceptedTuesdayAndThursdayAsync();
        var first = await app.CardCheckoutAsync(booking);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        (await browser.PostAsync(new Uri(first, first.AbsolutePath + "/decline"), null)).Dispose();
        Assert.Equal(("accepted", "failed", 240_000), await StateAsync(booking.Family, booking.Id));

        var second = await app.CardCheckoutAsync(booking);
        var third = await app.CardCheckoutAsync(booking);
        await app.AuthoriseOnCheckoutAsync(third);
        Assert.Equal(("confirmed", "authorised", 240_000), await StateAsync(booking.Family, booking.Id));
        await HasConflict(await booking.Family.PostJsonAsync($"/api/v1/bookings/{booking.Id}/payments", new { method = "card" }), "not paid for twice");
        await HasConflict(await booking.Family.PostJsonAsync($"/api/v1/bookings/{booking.Id}/payments", new { method = "offline" }), "not paid for twice");

        var late = await app.AuthoriseOnCheckoutAsync(second);
        await Eventually.TrueAsync(() => Stripe.RequestsTo($"/v1/payment_intents/{late}/cancel").Count == 1, "the late authorisation released");
        Assert.Equal(("confirmed", "authorised", 240_000), await StateAsync(booking.Family, booking.Id));
    }

    [Fact]
    public async Task StripeFailures_MoveNoMoney_AndACaptureRefusedLeavesTheFamilyToPayTheCaregiverDirectly()
    {
        var booking = await app.AcceptedTuesdayAndThursdayAsync();
        Stripe.FailNext("/v1/checkout/sessions", 429, "invalid_request_error", "rate_limit");
        var limited = await booking.Family.PostJsonAsync($"/api/v1/bookings/{booking.Id}/payments", new { method = "card" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, limited.StatusCode);
        Assert.Equal(0, Stripe.FailuresPending);
        Assert.Equal(JsonValueKind.Null, (await BookingAsync(booking.Family, booking.Id)).GetProperty("payment").ValueKind);

        var intent = await app.AuthoriseOnCheckoutAsync(await app.CardCheckoutAsync(booking));
        Stripe.FailNext($"/v1/payment_intents/{intent}/capture", 400, "invalid_request_error", "charge_expired_for_capture");
        await app.GiveVisitAsync(booking.Caregiver, booking.Id, booking.Start);
        await app.GiveVisitAsync(booking.Caregiver, booking.Id, booking.Start.AddDays(2));

        using (app.Clock.TravelTo(booking.Start.AddDays(2).AddHours(3)))
        {
            await Eventually.TrueAsync(async () => (await PaymentAsync(booking.Family, booking.Id)).GetProperty("provider").GetString() == "offline", "the payment moved to offline");
        }

        Assert.Equal(("completed", "pending", 240_000), await StateAsync(booking.Family, booking.Id));
        Assert.Equal((240_000, -216_000, -24_000, 0), await app.BalancesAsync(booking));
        (await booking.Caregiver.PostJsonAsync($"/api/v1/bookings/{booking.Id}/payments/received", new { amountIdr = 240_000, outstandingIdr = 240_000 })).EnsureSuccessStatusCode();
        Assert.Equal((0, 24_000, -24_000, 0), await app.BalancesAsync(booking));
    }
}

public sealed class CardPaymentOnSqlite(SqliteStripeAppFactory app) : CardPaymentTests<SqliteStripeAppFactory>(app);

public sealed class CardPaymentOnPostgres(PostgresStripeAppFactory app) : CardPaymentTests<PostgresStripeAppFactory>(app);
