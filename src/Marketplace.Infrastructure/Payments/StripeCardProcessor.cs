using System.Net;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
using Stripe;
using Stripe.Checkout;

namespace Marketplace.Infrastructure.Payments;

/// <summary>
/// Cards through Stripe: a Checkout Session whose PaymentIntent is authorised with <c>capture_method=manual</c> (or, for
/// care that ends after an authorisation would lapse, a setup-mode session that saves the card, authorised off session
/// later), captured (in part) or cancelled when the booking is over, and refunded through Refunds. With a provider's
/// connected account, each is a destination charge keeping the platform's commission as <c>application_fee_amount</c>. IDR is not zero-decimal on Stripe, so
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

    public bool PaysProvidersDirectly => options.Connect;

    public Uri? CheckoutOrigin => options.CheckoutOrigin;

    /// <summary>A processor calling Stripe (or <see cref="StripeOptions.ApiBase"/>) with <paramref name="options"/>' key; checkout pages return to <paramref name="publicOrigin"/>.</summary>
    public static StripeCardProcessor Create(StripeOptions options, Uri publicOrigin) =>
        new(new StripeClient(new StripeClientOptions { ApiKey = options.SecretKey, ApiBase = options.ApiBase?.GetLeftPart(UriPartial.Authority) ?? StripeClient.DefaultApiBase }), options, publicOrigin);

    public TimeSpan AuthorisationLasts => TimeSpan.FromDays(options.AuthorisationDays);

    public async Task<Uri> OpenCheckoutAsync(CardCheckoutRequest request, CancellationToken cancellationToken)
    {
        var metadata = Metadata(request.BookingId, request.PaymentId);
        var session = new SessionCreateOptions
        {
            ClientReferenceId = request.BookingId.ToString("D"),
            Metadata = metadata,
            SuccessUrl = new Uri(publicOrigin, request.ReturnPath + "?payment=card").AbsoluteUri,
            CancelUrl = new Uri(publicOrigin, request.ReturnPath).AbsoluteUri,
        };
        if (request.SaveCardOnly)
        {
            // Setup mode saves the card to a customer of its own (named by the booking, never the family), for an
            // authorisation made without the family once the care's end is within an authorisation's life.
            var customer = await Call(() => new CustomerService(client).CreateAsync(
                new CustomerCreateOptions { Description = request.Description, Metadata = metadata }, Key($"customer:{request.PaymentId:D}"), cancellationToken));
            session.Mode = "setup";
            session.Currency = Currency;
            session.Customer = customer.Id;
            session.SetupIntentData = new SessionSetupIntentDataOptions { Description = request.Description, Metadata = metadata };
        }
        else
        {
            session.Mode = "payment";
            session.LineItems =
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
            ];
            session.PaymentIntentData = new SessionPaymentIntentDataOptions
            {
                CaptureMethod = "manual",
                Metadata = metadata,
                ApplicationFeeAmount = request.Payee is { } payee ? ToSen(payee.PlatformFee) : null,
                TransferData = request.Payee is { } destination ? new SessionPaymentIntentDataTransferDataOptions { Destination = destination.AccountId } : null,
            };
        }

        var opened = await Call(() => new SessionService(client).CreateAsync(session, Key($"checkout:{request.PaymentId:D}"), cancellationToken));
        return new Uri(opened.Url);
    }

    public async Task<string> AuthoriseSavedCardAsync(SavedCardAuthorisation request, CancellationToken cancellationToken)
    {
        var intent = await Call(() => new PaymentIntentService(client).CreateAsync(
            new PaymentIntentCreateOptions
            {
                Amount = ToSen(request.Amount),
                Currency = Currency,
                Customer = request.Card.CustomerId,
                PaymentMethod = request.Card.PaymentMethodId,
                OffSession = true,
                Confirm = true,
                CaptureMethod = "manual",
                Description = request.Description,
                Metadata = Metadata(request.BookingId, request.PaymentId),
                ApplicationFeeAmount = request.Payee is { } payee ? ToSen(payee.PlatformFee) : null,
                TransferData = request.Payee is { } destination ? new PaymentIntentTransferDataOptions { Destination = destination.AccountId } : null,
            },
            Key($"authorise:{request.PaymentId:D}"),
            cancellationToken));

        // Off session, a card that asks the holder to authenticate cannot be held: the family pays another way.
        return intent.Status == "requires_capture"
            ? intent.Id
            : throw new CardRefusedException($"Stripe could not hold the saved card without the family (the payment is {intent.Status}).");
    }

    public async Task<Money> CaptureAsync(CardCapture capture, CancellationToken cancellationToken)
    {
        var intent = await Call(() => new PaymentIntentService(client).CaptureAsync(
            capture.ProcessorPaymentId,
            new PaymentIntentCaptureOptions
            {
                AmountToCapture = ToSen(capture.Amount),
                ApplicationFeeAmount = capture.PlatformFee is { } fee ? ToSen(fee) : null,
            },
            Key(capture.IdempotencyKey),
            cancellationToken));
        return FromSen(intent.AmountReceived);
    }

    public Task ReleaseAsync(string processorPaymentId, string idempotencyKey, CancellationToken cancellationToken) =>
        Call(() => new PaymentIntentService(client).CancelAsync(processorPaymentId, new PaymentIntentCancelOptions(), Key(idempotencyKey), cancellationToken));

    public Task RefundAsync(CardRefund refund, CancellationToken cancellationToken) =>
        Call(() => new RefundService(client).CreateAsync(
            new RefundCreateOptions
            {
                PaymentIntent = refund.ProcessorPaymentId,
                Amount = ToSen(refund.Amount),

                // A charge paid to the provider's own account is taken back from it, and the platform's fee in proportion.
                ReverseTransfer = refund.FromPayee ? true : null,
                RefundApplicationFee = refund.FromPayee ? true : null,
            },
            Key(refund.IdempotencyKey),
            cancellationToken));

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
            SetupIntent { CustomerId: { } customer, PaymentMethodId: { } method } setup when stripeEvent.Type == EventTypes.SetupIntentSucceeded =>
                new CardEvent(stripeEvent.Id, CardEventKind.CardSaved, setup.Id, IdIn(setup.Metadata, BookingKey), IdIn(setup.Metadata, PaymentKey), Money.Zero, new SavedCard(customer, method)),
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

    private static Dictionary<string, string> Metadata(Guid bookingId, Guid paymentId) =>
        new() { [BookingKey] = bookingId.ToString("D"), [PaymentKey] = paymentId.ToString("D") };

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
