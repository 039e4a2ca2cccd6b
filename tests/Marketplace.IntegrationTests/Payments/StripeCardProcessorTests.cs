using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Payments;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>
/// The Stripe adapter through the real Stripe.net client against the fake Stripe: the exact requests it sends (sen,
/// idr, manual capture, idempotency keys) and how Stripe's error replies reach the app.
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
