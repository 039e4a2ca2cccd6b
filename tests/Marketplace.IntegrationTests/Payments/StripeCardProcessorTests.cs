using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Payments;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>
/// The Stripe adapter through the real Stripe.net client against the fake Stripe: the exact requests it sends (sen,
/// idr, manual capture, saved cards authorised off session, destination charges with Connect, idempotency keys) and
/// how Stripe's error replies reach the app.
/// </summary>
public sealed class StripeCardProcessorTests : IAsyncLifetime
{
    private FakeStripe _stripe = null!;
    private StripeCardProcessor _cards = null!;

    public async Task InitializeAsync()
    {
        _stripe = await FakeStripe.StartAsync();
        _cards = StripeCardProcessor.Create(
            new StripeOptions { SecretKey = FakeStripe.SecretKey, WebhookSecret = FakeStripe.WebhookSecret, ApiBase = _stripe.BaseAddress },
            new Uri("https://peduli.example"));
    }

    public async Task DisposeAsync() => await _stripe.DisposeAsync();

    [Fact]
    public async Task ACheckout_AuthorisesTheRupiahInSen_ForManualCapture_UnderThePaymentsKey()
    {
        var (bookingId, paymentId) = (Guid.NewGuid(), Guid.NewGuid());
        var url = await _cards.OpenCheckoutAsync(new CardCheckoutRequest(bookingId, paymentId, Money.FromRupiah(150_000), "Peduli booking", $"/bookings/{bookingId}"), CancellationToken.None);

        var sent = Assert.Single(_stripe.Requests);
        Assert.Equal(("/v1/checkout/sessions", $"checkout:{paymentId:D}"), (sent.Path, sent.IdempotencyKey));
        Assert.Equal("15000000", sent.Form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("idr", sent.Form["line_items[0][price_data][currency]"]);
        Assert.Equal("payment", sent.Form["mode"]);
        Assert.Equal("manual", sent.Form["payment_intent_data[capture_method]"]);
        Assert.Equal(paymentId.ToString("D"), sent.Form["payment_intent_data[metadata][payment_id]"]);
        Assert.Equal($"https://peduli.example/bookings/{bookingId}", sent.Form["cancel_url"]);
        Assert.Equal(new Uri(_stripe.BaseAddress, url.AbsolutePath), url);
    }

    [Fact]
    public async Task ACardSavedForLater_IsSavedInSetupMode_ToACustomerOfItsOwn_AndAuthorisedOffSessionOnce()
    {
        var (bookingId, paymentId) = (Guid.NewGuid(), Guid.NewGuid());
        await _cards.OpenCheckoutAsync(
            new CardCheckoutRequest(bookingId, paymentId, Money.FromRupiah(480_000), "Peduli booking", "/bookings", SaveCardOnly: true), CancellationToken.None);

        var customer = _stripe.RequestsTo("/v1/customers").Single();
        Assert.Equal(($"customer:{paymentId:D}", bookingId.ToString("D")), (customer.IdempotencyKey, customer.Form["metadata[booking_id]"]));
        Assert.DoesNotContain(customer.Form.Keys, key => key is "email" or "name" or "phone" or "address");
        var session = _stripe.RequestsTo("/v1/checkout/sessions").Single();
        Assert.Equal(("setup", "idr", $"checkout:{paymentId:D}"), (session.Form["mode"], session.Form["currency"], session.IdempotencyKey));
        Assert.Equal(paymentId.ToString("D"), session.Form["setup_intent_data[metadata][payment_id]"]);
        Assert.StartsWith("cus_", session.Form["customer"], StringComparison.Ordinal);

        var card = new SavedCard(session.Form["customer"], "pm_test_saved");
        var authorisation = new SavedCardAuthorisation(bookingId, paymentId, card, Money.FromRupiah(480_000), "Peduli booking");
        var intent = await _cards.AuthoriseSavedCardAsync(authorisation, CancellationToken.None);
        Assert.Equal(intent, await _cards.AuthoriseSavedCardAsync(authorisation, CancellationToken.None));
        var sent = _stripe.RequestsTo("/v1/payment_intents")[0];
        Assert.Equal(
            ("48000000", "idr", "pm_test_saved", "true", "true", "manual", $"authorise:{paymentId:D}"),
            (sent.Form["amount"], sent.Form["currency"], sent.Form["payment_method"], sent.Form["off_session"], sent.Form["confirm"], sent.Form["capture_method"], sent.IdempotencyKey));

        // Off session, a card that asks its holder to authenticate cannot be held.
        _stripe.FailNext("/v1/payment_intents", 402, "card_error", "authentication_required");
        await Assert.ThrowsAsync<CardRefusedException>(() => _cards.AuthoriseSavedCardAsync(authorisation with { PaymentId = Guid.NewGuid() }, CancellationToken.None));
    }

    [Fact]
    public async Task WithAPayee_TheChargeIsADestinationCharge_KeepingTheCommissionAsTheApplicationFee()
    {
        var (bookingId, paymentId) = (Guid.NewGuid(), Guid.NewGuid());
        var payee = new CardPayee("acct_1PedTestCaregiver", Money.FromRupiah(24_000));
        await _cards.OpenCheckoutAsync(new CardCheckoutRequest(bookingId, paymentId, Money.FromRupiah(240_000), "Peduli booking", "/bookings", Payee: payee), CancellationToken.None);
        var session = _stripe.RequestsTo("/v1/checkout/sessions").Single();
        Assert.Equal(("acct_1PedTestCaregiver", "2400000"), (session.Form["payment_intent_data[transfer_data][destination]"], session.Form["payment_intent_data[application_fee_amount]"]));

        var card = new SavedCard("cus_test_payee", "pm_test_payee");
        var intent = await _cards.AuthoriseSavedCardAsync(new SavedCardAuthorisation(bookingId, paymentId, card, Money.FromRupiah(240_000), "Peduli booking", payee), CancellationToken.None);
        var authorised = _stripe.RequestsTo("/v1/payment_intents").Single();
        Assert.Equal(("acct_1PedTestCaregiver", "2400000"), (authorised.Form["transfer_data[destination]"], authorised.Form["application_fee_amount"]));

        Assert.Equal(Money.FromRupiah(120_000), await _cards.CaptureAsync(new CardCapture(intent, Money.FromRupiah(120_000), $"capture:{paymentId:D}", Money.FromRupiah(12_000)), CancellationToken.None));
        Assert.Equal("1200000", _stripe.RequestsTo($"/v1/payment_intents/{intent}/capture").Single().Form["application_fee_amount"]);
        await _cards.RefundAsync(new CardRefund(intent, Money.FromRupiah(50_000), $"refund:{paymentId:D}:0", FromPayee: true), CancellationToken.None);
        var refund = _stripe.RequestsTo("/v1/refunds").Single();
        Assert.Equal(("5000000", "true", "true"), (refund.Form["amount"], refund.Form["reverse_transfer"], refund.Form["refund_application_fee"]));
    }

    [Theory]
    [InlineData(429, "invalid_request_error", "rate_limit", typeof(CardProcessorUnavailableException))]
    [InlineData(500, "api_error", "", typeof(CardProcessorUnavailableException))]
    [InlineData(402, "card_error", "card_declined", typeof(CardRefusedException))]
    [InlineData(400, "invalid_request_error", "charge_expired_for_capture", typeof(CardRefusedException))]
    [InlineData(400, "idempotency_error", "idempotency_key_in_use", typeof(CardRefusedException))]
    public async Task StripesErrors_AreEitherWorthRetrying_OrRefusals(int status, string type, string code, Type expected)
    {
        // Stripe.net retries a 5xx twice itself (a 429 it leaves to us): the failure is sent as often.
        _stripe.FailNext("/v1/checkout/sessions", status, type, code, times: status >= 500 ? 3 : 1);
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => _cards.OpenCheckoutAsync(
            new CardCheckoutRequest(Guid.NewGuid(), Guid.NewGuid(), Money.FromRupiah(150_000), "Peduli booking", "/bookings"), CancellationToken.None));
        Assert.IsType(expected, failure);
        Assert.Equal(0, _stripe.FailuresPending);
    }
}
