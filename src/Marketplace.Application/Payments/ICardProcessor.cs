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

    /// <summary>
    /// Whether card charges go to the provider's own processor account, less the platform's commission (Stripe
    /// Connect), for providers who gave one; otherwise the platform receives them and pays providers out.
    /// </summary>
    bool PaysProvidersDirectly { get; }

    /// <summary>The origin of the hosted checkout pages (<c>https://checkout.stripe.com</c>), which pages may send the family on to; null without cards.</summary>
    Uri? CheckoutOrigin { get; }

    /// <summary>
    /// How long the processor holds an authorisation before it lapses by itself (Stripe: 7 days for an online card
    /// payment); zero without cards. Care that ends later is paid with a card saved at checkout and authorised later.
    /// </summary>
    TimeSpan AuthorisationLasts { get; }

    /// <summary>
    /// A hosted checkout page where the family either authorises <see cref="CardCheckoutRequest.Amount"/> on its card,
    /// captured later, or (<see cref="CardCheckoutRequest.SaveCardOnly"/>) saves its card to be authorised closer to the care.
    /// </summary>
    Task<Uri> OpenCheckoutAsync(CardCheckoutRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Authorises <see cref="SavedCardAuthorisation.Amount"/> on a card saved at checkout, without the family present;
    /// answers the processor's payment id. A card that is declined or would need the family to authenticate is a
    /// <see cref="CardRefusedException"/>.
    /// </summary>
    Task<string> AuthoriseSavedCardAsync(SavedCardAuthorisation request, CancellationToken cancellationToken);

    /// <summary>
    /// Captures <see cref="CardCapture.Amount"/> (more than zero) of an authorisation and releases the rest; answers what
    /// was captured.
    /// </summary>
    Task<Money> CaptureAsync(CardCapture capture, CancellationToken cancellationToken);

    /// <summary>Releases an authorisation with nothing captured.</summary>
    Task ReleaseAsync(string processorPaymentId, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Gives <see cref="CardRefund.Amount"/> (more than zero) of a captured payment back to the card.</summary>
    Task RefundAsync(CardRefund refund, CancellationToken cancellationToken);

    /// <summary>
    /// Reads a webhook: checks <paramref name="signature"/> (the processor's signature header) against the raw
    /// <paramref name="body"/> within the processor's time tolerance, and answers the event, or null for a kind of event
    /// we do not act on. Throws <see cref="InvalidCardEventException"/> when the signature does not hold.
    /// </summary>
    CardEvent? ReadEvent(string body, string? signature);
}

/// <summary>
/// What a checkout authorises: <see cref="Amount"/> for booking <see cref="BookingId"/>, whose payment
/// <see cref="PaymentId"/> it becomes. <see cref="ReturnPath"/> is the site path the family comes back to. With
/// <see cref="SaveCardOnly"/>, the family only saves its card, and <see cref="Amount"/> is authorised on it later.
/// <see cref="Payee"/> names the provider's own processor account when the processor pays providers itself.
/// </summary>
public sealed record CardCheckoutRequest(
    Guid BookingId, Guid PaymentId, Money Amount, string Description, string ReturnPath, bool SaveCardOnly = false, CardPayee? Payee = null);

/// <summary>
/// Authorising <see cref="Amount"/> on the <see cref="Card"/> the family saved for booking <see cref="BookingId"/>'s
/// payment <see cref="PaymentId"/>, which is also the idempotency key's root.
/// </summary>
public sealed record SavedCardAuthorisation(Guid BookingId, Guid PaymentId, SavedCard Card, Money Amount, string Description, CardPayee? Payee = null);

/// <summary>A card saved with the processor: its customer (<c>cus_…</c>) and payment method (<c>pm_…</c>).</summary>
public sealed record SavedCard(string CustomerId, string PaymentMethodId);

/// <summary>
/// Capturing <see cref="Amount"/> of the authorisation <see cref="ProcessorPaymentId"/> under
/// <see cref="IdempotencyKey"/>; when the processor pays the provider itself, the platform keeps
/// <see cref="PlatformFee"/> of it.
/// </summary>
public sealed record CardCapture(string ProcessorPaymentId, Money Amount, string IdempotencyKey, Money? PlatformFee = null);

/// <summary>
/// Giving <see cref="Amount"/> of the captured payment <see cref="ProcessorPaymentId"/> back to the card under
/// <see cref="IdempotencyKey"/>; <see cref="FromPayee"/> when the charge went to the provider's own processor account,
/// which then gives back its part, and the platform its fee in proportion.
/// </summary>
public sealed record CardRefund(string ProcessorPaymentId, Money Amount, string IdempotencyKey, bool FromPayee);

/// <summary>
/// The provider's own account with the processor (a Stripe connected account, <c>acct_…</c>), paid the charge less
/// <see cref="PlatformFee"/>, the platform's commission on it.
/// </summary>
public sealed record CardPayee(string AccountId, Money PlatformFee);

/// <summary>
/// Something the processor tells us about a payment. <see cref="EventId"/> is recorded so a replay changes nothing;
/// <see cref="BookingId"/> and <see cref="PaymentId"/> come from the metadata we gave the checkout, when the event
/// carries them (a refund or a dispute names only <see cref="ProcessorPaymentId"/>). <see cref="SavedCard"/> is the card
/// a <see cref="CardEventKind.CardSaved"/> event saved (its <see cref="ProcessorPaymentId"/> is then the setup's id).
/// </summary>
public sealed record CardEvent(
    string EventId, CardEventKind Kind, string ProcessorPaymentId, Guid? BookingId, Guid? PaymentId, Money Amount, SavedCard? SavedCard = null);

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

    /// <summary>The family saved its card at checkout (<see cref="CardEvent.SavedCard"/>), to be authorised closer to the care.</summary>
    CardSaved,
}

/// <summary>The card processor cannot be reached now, or asks us to slow down: the same call may work later.</summary>
public sealed class CardProcessorUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The card processor refused the operation itself; trying it again the same way will not help.</summary>
public sealed class CardRefusedException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A webhook whose signature does not hold (tampered, stale, or signed with another secret).</summary>
public sealed class InvalidCardEventException(string message, Exception? inner = null) : Exception(message, inner);
