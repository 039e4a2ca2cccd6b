using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Payments;

/// <summary>
/// How a booking is paid for; one per booking, owned by it. Offline: the family pays the provider in cash or by bank
/// transfer and the provider records each amount received (<see cref="Received"/>), up to what the booking's care costs.
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

    /// <summary>What a sponsor programme pays (nothing until sponsor programmes exist).</summary>
    public Money SponsorShare { get; private set; }

    /// <summary>What the provider has recorded as received from the family so far.</summary>
    public Money Received { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastReceivedAt { get; private set; }

    /// <summary>The family will pay its whole share to the provider, in cash or by transfer.</summary>
    internal static BookingPayment Offline(Money price, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), PaymentProvider.Offline, price, price, Money.Zero, now);

    internal void Receive(Money amount, Money due, DateTimeOffset now)
    {
        Received += amount;
        LastReceivedAt = now;
        Reassess(due);
    }

    /// <summary>The payment is received in full once <paramref name="due"/> (which a cancellation may lower) is reached.</summary>
    internal void Reassess(Money due) =>
        Status = Received == Money.Zero ? PaymentStatus.Pending : Received >= due ? PaymentStatus.Received : PaymentStatus.PartlyReceived;
}

/// <summary>Who carries the money: the provider itself (offline), or a card processor.</summary>
public enum PaymentProvider
{
    Offline,
}

/// <summary>How the family asks to pay (<c>card</c> needs a card processor configured).</summary>
public enum PaymentMethod
{
    Offline,
    Card,
}

public enum PaymentStatus
{
    /// <summary>Agreed; nothing received yet.</summary>
    Pending,

    PartlyReceived,

    /// <summary>Everything the booking costs has been received.</summary>
    Received,
}
