using System.Net;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
using Stripe;
using Stripe.Checkout;

namespace Marketplace.Infrastructure.Payments;

/// <summary>
/// Cards through Stripe: a Checkout Session whose PaymentIntent is authorised with <c>capture_method=manual</c>, captured
/// (in part) or cancelled when the booking is over, and refunded through Refunds. IDR is not zero-decimal on Stripe, so
/// every amount is sent in sen: Rp 150.000 is <c>amount=15000000</c>. Only the booking's and payment's ids go to Stripe,
/// never a name, address or health detail.
/// </summary>
internal sealed class StripeCardProcessor(IStripeClient client, StripeOptions options, Uri publicOrigin) : ICardProcessor
{
    private const string Currency = "idr";
    private const long SenPerRupiah = 100;
    private const string BookingKey = "booking_id";
    private const string PaymentKey = "payment_id";

    public bool TakesCards => true;

    public Uri? CheckoutOrigin => options.CheckoutOrigin;

    /// <summary>A processor calling Stripe (or <see cref="StripeOptions.ApiBase"/>) with <paramref name="options"/>' key; checkout pages return to <paramref name="publicOrigin"/>.</summary>
    public static StripeCardProcessor Create(StripeOptions options, Uri publicOrigin) =>
        new(new StripeClient(new StripeClientOptions { ApiKey = options.SecretKey, ApiBase = options.ApiBase?.GetLeftPart(UriPartial.Authority) ?? StripeClient.DefaultApiBase }), options, publicOrigin);

    public async Task<Uri> OpenCheckoutAsync(CardCheckoutRequest request, CancellationToken cancellationToken)
    {
        var metadata = new Dictionary<string, string> { [BookingKey] = request.BookingId.ToString("D"), [PaymentKey] = request.PaymentId.ToString("D") };
        var session = await Call(() => new SessionService(client).CreateAsync(
            new SessionCreateOptions
            {
                Mode = "payment",
                ClientReferenceId = request.BookingId.ToString("D"),
                LineItems =
                [
                    new SessionLineItemOptions
                    {
                        Quantity = 1,
                        PriceData = new SessionLineItemPriceDataOptions
                        {
                            Currency = Currency,
                            UnitAmount = ToSen(request.Amount),
                            ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.Description },
                        },
                    },
                ],
                PaymentIntentData = new SessionPaymentIntentDataOptions { CaptureMethod = "manual", Metadata = metadata },
                Metadata = metadata,
                SuccessUrl = new Uri(publicOrigin, request.ReturnPath + "?payment=card").AbsoluteUri,
                CancelUrl = new Uri(publicOrigin, request.ReturnPath).AbsoluteUri,
            },
            Key($"checkout:{request.PaymentId:D}"),
            cancellationToken));
        return new Uri(session.Url);
    }

    public async Task<Money> CaptureAsync(string processorPaymentId, Money amount, string idempotencyKey, CancellationToken cancellationToken)
    {
        var intent = await Call(() => new PaymentIntentService(client).CaptureAsync(
            processorPaymentId, new PaymentIntentCaptureOptions { AmountToCapture = ToSen(amount) }, Key(idempotencyKey), cancellationToken));
        return FromSen(intent.AmountReceived);
    }

    public Task ReleaseAsync(string processorPaymentId, string idempotencyKey, CancellationToken cancellationToken) =>
        Call(() => new PaymentIntentService(client).CancelAsync(processorPaymentId, new PaymentIntentCancelOptions(), Key(idempotencyKey), cancellationToken));

    public Task RefundAsync(string processorPaymentId, Money amount, string idempotencyKey, CancellationToken cancellationToken) =>
        Call(() => new RefundService(client).CreateAsync(
            new RefundCreateOptions { PaymentIntent = processorPaymentId, Amount = ToSen(amount) }, Key(idempotencyKey), cancellationToken));

    public CardEvent? ReadEvent(string body, string? signature)
    {
        try
        {
            EventUtility.ValidateSignature(body, signature ?? "", options.WebhookSecret, options.WebhookToleranceSeconds);
        }
        catch (StripeException exception)
        {
            throw new InvalidCardEventException("The webhook's Stripe-Signature does not match its body, or it is too old.", exception);
        }

        Event stripeEvent;
        try
        {
            // The endpoint's API version may differ from the library's; the fields read below are the same in both.
            stripeEvent = EventUtility.ParseEvent(body, throwOnApiVersionMismatch: false);
        }
        catch (Exception exception) when (exception is StripeException or System.Text.Json.JsonException or Newtonsoft.Json.JsonException
            or InvalidOperationException or InvalidCastException or ArgumentException or FormatException)
        {
            throw new InvalidCardEventException("The webhook's body is not a Stripe event.", exception);
        }

        return stripeEvent?.Data?.Object switch
        {
            PaymentIntent intent => stripeEvent.Type switch
            {
                EventTypes.PaymentIntentAmountCapturableUpdated => Of(stripeEvent, CardEventKind.Authorised, intent, intent.AmountCapturable),
                EventTypes.PaymentIntentPaymentFailed => Of(stripeEvent, CardEventKind.Declined, intent, intent.Amount),
                EventTypes.PaymentIntentSucceeded => Of(stripeEvent, CardEventKind.Captured, intent, intent.AmountReceived),
                EventTypes.PaymentIntentCanceled => Of(stripeEvent, CardEventKind.Released, intent, 0),
                _ => null,
            },
            Charge { PaymentIntentId: { } intentId } charge when stripeEvent.Type == EventTypes.ChargeRefunded =>
                new CardEvent(stripeEvent.Id, CardEventKind.Refunded, intentId, null, null, FromSen(charge.AmountRefunded)),
            Dispute { PaymentIntentId: { } intentId } dispute when stripeEvent.Type == EventTypes.ChargeDisputeCreated =>
                new CardEvent(stripeEvent.Id, CardEventKind.Disputed, intentId, null, null, FromSen(dispute.Amount)),
            _ => null,
        };
    }

    private static CardEvent Of(Event stripeEvent, CardEventKind kind, PaymentIntent intent, long sen) =>
        new(stripeEvent.Id, kind, intent.Id, IdIn(intent.Metadata, BookingKey), IdIn(intent.Metadata, PaymentKey), FromSen(sen));

    private static Guid? IdIn(Dictionary<string, string>? metadata, string key) =>
        metadata is not null && metadata.TryGetValue(key, out var text) && Guid.TryParse(text, out var id) ? id : null;

    private static long ToSen(Money amount) => checked(amount.Rupiah * SenPerRupiah);

    /// <summary>Whole Rupiah; an IDR charge never has sen, so nothing is lost.</summary>
    private static Money FromSen(long sen) => Money.FromRupiah(sen / SenPerRupiah);

    private static RequestOptions Key(string idempotencyKey) => new() { IdempotencyKey = idempotencyKey };

    /// <summary>Stripe's failures in our terms: try later (unreachable, rate limited, its own fault), or refused for good.</summary>
    private static async Task<T> Call<T>(Func<Task<T>> request)
    {
        try
        {
            return await request();
        }
        catch (StripeException exception) when (exception.HttpStatusCode is HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError
            || exception.StripeError?.Type == "api_connection_error")
        {
            throw new CardProcessorUnavailableException("Stripe cannot take the request now; it will be tried again.", exception);
        }
        catch (StripeException exception)
        {
            throw new CardRefusedException(exception.StripeError?.Message ?? exception.Message, exception);
        }
        catch (HttpRequestException exception)
        {
            throw new CardProcessorUnavailableException("Stripe cannot be reached now; it will be tried again.", exception);
        }
    }
}
