using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Payments;

/// <summary>
/// How a booking is paid for; one per booking, owned by it. Offline: the family pays the provider in cash or by bank
/// transfer and the provider records each amount received (<see cref="Received"/>). By card: the family authorises the
/// price on the card processor's checkout page, and the amount the care cost is captured when it is over
/// (<see cref="Received"/>), less any refund (<see cref="Refunded"/>). Care that ends after an authorisation would
/// lapse is paid with a card saved at checkout (<see cref="PaymentStatus.CardSaved"/>) and authorised closer to its end.
/// </summary>
public sealed class BookingPayment
{
    private BookingPayment(Guid id, PaymentProvider provider, Money amount, Money familyShare, Money sponsorShare, DateTimeOffset createdAt)
    {
        Id = id;
        Provider = provider;
        Amount = amount;
        FamilyShare = familyShare;
        SponsorShare = sponsorShare;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public PaymentProvider Provider { get; private set; }

    public PaymentStatus Status { get; private set; } = PaymentStatus.Pending;

    /// <summary>The booking's price when it was paid for: the family's share and the sponsor's together.</summary>
    public Money Amount { get; private set; }

    /// <summary>What the family pays itself.</summary>
    public Money FamilyShare { get; private set; }

    /// <summary>What a sponsor programme pays (see <see cref="Bookings.Booking.Sponsorship"/>).</summary>
    public Money SponsorShare { get; private set; }

    /// <summary>What the provider has recorded as received from the family, or what was captured from the card.</summary>
    public Money Received { get; private set; }

    /// <summary>What was given back to the card.</summary>
    public Money Refunded { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastReceivedAt { get; private set; }

    /// <summary>The card processor's payment (a Stripe PaymentIntent id, <c>pi_…</c>) once the card is authorised.</summary>
    public string? ProcessorPaymentId { get; private set; }

    /// <summary>The card processor's hosted page where the family enters its card; null offline.</summary>
    public Uri? CheckoutUrl { get; private set; }

    /// <summary>When the card's holder disputed the charge with their bank (a chargeback); an admin follows it up.</summary>
    public DateTimeOffset? DisputedAt { get; private set; }

    /// <summary>The processor's customer (<c>cus_…</c>) whose card was saved at checkout, to be authorised later.</summary>
    public string? SavedCustomerId { get; private set; }

    /// <summary>The card saved at checkout (a Stripe payment method, <c>pm_…</c>).</summary>
    public string? SavedPaymentMethodId { get; private set; }

    /// <summary>When the saved card's authorisation was asked for; it is asked once.</summary>
    public DateTimeOffset? AuthorisationAskedAt { get; private set; }

    /// <summary>
    /// The provider's own account with the processor (a Stripe connected account, <c>acct_…</c>) that the card's
    /// charge goes to, less the platform's commission; null when the platform receives it and pays the provider out.
    /// </summary>
    public string? PayeeAccountId { get; private set; }

    /// <summary>Whether the amount authorised on the card is held and not yet captured or released.</summary>
    public bool IsAuthorised => Status == PaymentStatus.Authorised;

    /// <summary>
    /// Until when the card holds the price, for a hold lasting <paramref name="holdLasts"/>: from the saved card's
    /// authorisation asked for, or (held at checkout) from the payment's start, which is earlier than the hold. Null
    /// when nothing is held or asked to be.
    /// </summary>
    public DateTimeOffset? HeldUntil(TimeSpan holdLasts) => Provider == PaymentProvider.Stripe && Status is PaymentStatus.Authorised or PaymentStatus.CardSaved
        ? (AuthorisationAskedAt ?? (Status == PaymentStatus.Authorised ? CreatedAt : null)) + holdLasts
        : null;

    /// <summary>The card saved at checkout and not yet authorised; null otherwise.</summary>
    public SavedCard? CardToAuthorise() =>
        Status == PaymentStatus.CardSaved && SavedCustomerId is { } customer && SavedPaymentMethodId is { } method ? new SavedCard(customer, method) : null;

    /// <summary>The family will pay its share (the price less <paramref name="sponsorShare"/>) to the provider, in cash or by transfer.</summary>
    internal static BookingPayment Offline(Money price, Money sponsorShare, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), PaymentProvider.Offline, price, price - sponsorShare, sponsorShare, now);

    /// <summary>The family will authorise its share on a card; <see cref="OpenCheckout"/> gives it the page to do so.</summary>
    internal static BookingPayment Card(Money price, Money sponsorShare, string? payeeAccountId, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), PaymentProvider.Stripe, price, price - sponsorShare, sponsorShare, now) { PayeeAccountId = payeeAccountId };

    internal void OpenCheckout(Uri checkoutUrl) => CheckoutUrl = checkoutUrl;

    internal void SaveCard(SavedCard card)
    {
        SavedCustomerId = card.CustomerId;
        SavedPaymentMethodId = card.PaymentMethodId;
        Status = PaymentStatus.CardSaved;
    }

    internal void AskAuthorisation(DateTimeOffset now) => AuthorisationAskedAt ??= now;

    internal void Authorise(string processorPaymentId)
    {
        ProcessorPaymentId = processorPaymentId;
        Status = PaymentStatus.Authorised;
    }

    internal void Fail() => Status = PaymentStatus.Failed;

    /// <summary>The authorisation was released (by us, or by the processor when it expired) before anything was captured.</summary>
    internal void Release() => Status = PaymentStatus.Released;

    internal void Dispute(DateTimeOffset now) => DisputedAt ??= now;

    /// <summary>
    /// A card the processor could not charge at the end: the family now pays the provider directly, who records it as
    /// received like any offline payment.
    /// </summary>
    internal void FallBackToOffline(Money due)
    {
        Provider = PaymentProvider.Offline;
        Reassess(due);
    }

    internal void Receive(Money amount, Money due, DateTimeOffset now)
    {
        Received += amount;
        LastReceivedAt = now;
        Reassess(due);
    }

    internal void Refund(Money amount) => Refunded += amount;

    /// <summary>The payment is received in full once <paramref name="due"/> (which a cancellation may lower) is reached.</summary>
    internal void Reassess(Money due) =>
        Status = Received == Money.Zero ? PaymentStatus.Pending : Received >= due ? PaymentStatus.Received : PaymentStatus.PartlyReceived;
}

/// <summary>Who carries the money: the provider itself (offline), or Stripe for cards.</summary>
public enum PaymentProvider
{
    Offline,
    Stripe,
}

/// <summary>How the family asks to pay (<c>card</c> needs a card processor configured).</summary>
public enum PaymentMethod
{
    Offline,
    Card,
}

public enum PaymentStatus
{
    /// <summary>Agreed (offline) or waiting for the family to enter its card; nothing received yet.</summary>
    Pending,

    PartlyReceived,

    /// <summary>Everything the booking costs has been received (or captured from the card).</summary>
    Received,

    /// <summary>The card holds the price until the care is given; then what it cost is captured.</summary>
    Authorised,

    /// <summary>The card was declined; the family can try again or pay offline.</summary>
    Failed,

    /// <summary>The authorisation was released with nothing captured (the booking was cancelled in time, or it expired).</summary>
    Released,

    /// <summary>The family saved its card at checkout; the price is authorised on it closer to the end of the care.</summary>
    CardSaved,
}
