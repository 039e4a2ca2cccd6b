using Marketplace.Application.Bookings;

namespace Marketplace.Application.Payments.Receipt;

/// <summary>
/// A booking's receipt, as printed for the family's records or a sponsor's audit. Amounts are whole Rupiah; times are
/// in <see cref="TimeZone"/>. <see cref="Lines"/> are what the family owes for (each visit paid for, and a late
/// cancellation's charge), adding up to <see cref="TotalIdr"/>, of which a sponsor programme pays
/// <see cref="SponsorShareIdr"/> and the family <see cref="FamilyShareIdr"/>; <see cref="ReceivedIdr"/> is what the family
/// paid (cash or transfer recorded by the provider, or captured from its card), less <see cref="RefundedIdr"/> given back.
/// <see cref="SponsorProgrammeName"/> is left out for the provider. <see cref="Number"/> names the receipt: <c>PDL-</c> and the payment id's last 8 characters.
/// </summary>
public sealed record ReceiptView(
    string Number,
    Guid BookingId,
    BookingKind Kind,
    BookingStatus Status,
    string ProviderName,
    string RecipientName,
    PaymentProvider Method,
    DateTimeOffset IssuedAt,
    string TimeZone,
    IReadOnlyList<ReceiptLine> Lines,
    long TotalIdr,
    string? SponsorProgrammeName,
    long SponsorShareIdr,
    long FamilyShareIdr,
    long ReceivedIdr,
    long RefundedIdr,
    long OutstandingIdr);

/// <summary>One thing paid for: a visit, daycare day or clinic slot starting at <see cref="At"/>, or a late cancellation's charge (<see cref="At"/> its time).</summary>
public sealed record ReceiptLine(ReceiptLineKind Kind, DateTimeOffset At, long AmountIdr);

public enum ReceiptLineKind
{
    Visit,
    LateCancellation,
}
