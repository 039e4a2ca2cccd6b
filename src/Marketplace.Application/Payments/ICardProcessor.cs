using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Payments;

/// <summary>
/// The card processor (Stripe; a local gateway such as Xendit or Midtrans could stand behind it later). The embedded
/// default is <c>none</c>: families pay offline, and every call here is refused with a
/// <see cref="Common.Errors.BusinessRuleException"/>. Amounts are whole Rupiah; each call that moves money carries an
/// idempotency key, so a call repeated after a crash or a retry moves it once.
/// </summary>
/// <remarks>
/// Failures: <see cref="CardProcessorUnavailableException"/> when the processor cannot be reached or asks us to slow
/// down (try again later); <see cref="CardRefusedException"/> when it refuses the operation itself (a declined card,
/// an expired authorisation, an idempotency key reused with other parameters).
/// </remarks>
public interface ICardProcessor
{
    /// <summary>Whether cards can be taken at all; the offline default says no.</summary>
    bool TakesCards { get; }

    /// <summary>The origin of the hosted checkout pages (<c>https://checkout.stripe.com</c>), which pages may send the family on to; null without cards.</summary>
    Uri? CheckoutOrigin { get; }

    /// <summary>A hosted checkout page where the family authorises <see cref="CardCheckoutRequest.Amount"/> on its card, captured later.</summary>
    Task<Uri> OpenCheckoutAsync(CardCheckoutRequest request, CancellationToken cancellationToken);

    /// <summary>Captures <paramref name="amount"/> (more than zero) of an authorisation and releases the rest; answers what was captured.</summary>
    Task<Money> CaptureAsync(string processorPaymentId, Money amount, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Releases an authorisation with nothing captured.</summary>
    Task ReleaseAsync(string processorPaymentId, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Gives <paramref name="amount"/> (more than zero) of a captured payment back to the card.</summary>
    Task RefundAsync(string processorPaymentId, Money amount, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>
    /// Reads a webhook: checks <paramref name="signature"/> (the processor's signature header) against the raw
    /// <paramref name="body"/> within the processor's time tolerance, and answers the event, or null for a kind of event
    /// we do not act on. Throws <see cref="InvalidCardEventException"/> when the signature does not hold.
    /// </summary>
    CardEvent? ReadEvent(string body, string? signature);
}

/// <summary>
/// What a checkout authorises: <see cref="Amount"/> for booking <see cref="BookingId"/>, whose payment
/// <see cref="PaymentId"/> it becomes. <see cref="ReturnPath"/> is the site path the family comes back to.
/// </summary>
public sealed record CardCheckoutRequest(Guid BookingId, Guid PaymentId, Money Amount, string Description, string ReturnPath);

/// <summary>
/// Something the processor tells us about a payment. <see cref="EventId"/> is recorded so a replay changes nothing;
/// <see cref="BookingId"/> and <see cref="PaymentId"/> come from the metadata we gave the checkout, when the event
/// carries them (a refund or a dispute names only <see cref="ProcessorPaymentId"/>).
/// </summary>
public sealed record CardEvent(
    string EventId, CardEventKind Kind, string ProcessorPaymentId, Guid? BookingId, Guid? PaymentId, Money Amount);

public enum CardEventKind
{
    /// <summary>The card holds <see cref="CardEvent.Amount"/>, ready to capture.</summary>
    Authorised,

    /// <summary>The card was declined.</summary>
    Declined,

    /// <summary><see cref="CardEvent.Amount"/> was captured.</summary>
    Captured,

    /// <summary>The authorisation was cancelled or lapsed with nothing captured.</summary>
    Released,

    /// <summary><see cref="CardEvent.Amount"/> is the total refunded so far.</summary>
    Refunded,

    /// <summary>The card holder disputed the charge with their bank.</summary>
    Disputed,
}

/// <summary>The card processor cannot be reached now, or asks us to slow down: the same call may work later.</summary>
public sealed class CardProcessorUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The card processor refused the operation itself; trying it again the same way will not help.</summary>
public sealed class CardRefusedException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A webhook whose signature does not hold (tampered, stale, or signed with another secret).</summary>
public sealed class InvalidCardEventException(string message, Exception? inner = null) : Exception(message, inner);
