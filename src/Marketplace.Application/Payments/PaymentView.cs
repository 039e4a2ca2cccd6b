namespace Marketplace.Application.Payments;

/// <summary>
/// A booking's payment as the API answers it. Amounts are whole Rupiah: <see cref="AmountIdr"/> is the price when it was
/// paid for, split into <see cref="FamilyShareIdr"/> and <see cref="SponsorShareIdr"/>; <see cref="ReceivedIdr"/> is what
/// the provider has recorded as received and <see cref="OutstandingIdr"/> what the family still owes for the care
/// (visits not cancelled, and a late cancellation's charge); <see cref="RefundedIdr"/> what was given back to the card.
/// <see cref="CheckoutUrl"/> is the card processor's page where the family authorises its card, while that is still to
/// do; null offline and once the card is authorised. <see cref="SponsorProgrammeId"/> and <see cref="SponsorProgrammeName"/>
/// name the programme paying <see cref="SponsorShareIdr"/>; null when the family pays it all.
/// </summary>
public sealed record PaymentView(
    Guid Id,
    PaymentProvider Provider,
    PaymentStatus Status,
    long AmountIdr,
    long FamilyShareIdr,
    long SponsorShareIdr,
    long ReceivedIdr,
    long OutstandingIdr,
    long RefundedIdr,
    Uri? CheckoutUrl,
    DateTimeOffset CreatedAt,
    Guid? SponsorProgrammeId,
    string? SponsorProgrammeName)
{
    public static PaymentView Of(BookingPayment payment, Bookings.Booking booking) => new(
        payment.Id,
        payment.Provider,
        payment.Status,
        payment.Amount.Rupiah,
        payment.FamilyShare.Rupiah,
        payment.SponsorShare.Rupiah,
        payment.Received.Rupiah,
        booking.Outstanding.Rupiah,
        payment.Refunded.Rupiah,
        payment is { Provider: PaymentProvider.Stripe, Status: PaymentStatus.Pending } ? payment.CheckoutUrl : null,
        SharedKernel.IndonesianTimeZones.ToLocal(payment.CreatedAt, booking.TimeZone),
        booking.Sponsorship?.ProgrammeId,
        booking.Sponsorship?.ProgrammeName);
}
