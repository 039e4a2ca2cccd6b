namespace Marketplace.Application.Payments;

/// <summary>
/// A booking's payment as the API answers it. Amounts are whole Rupiah and follow the booking as it is now:
/// <see cref="AmountIdr"/> is what the care costs (every visit not cancelled, or once the booking is over the visits
/// given and a late cancellation's charge), split into <see cref="SponsorShareIdr"/> (what a sponsor programme pays) and
/// <see cref="FamilyShareIdr"/> (what the family pays itself). <see cref="ReceivedIdr"/> is what the family paid (cash or
/// transfer recorded by the provider, or captured from its card), <see cref="RefundedIdr"/> what was given back to the
/// card, <see cref="OutstandingIdr"/> what the family still owes, and <see cref="OverpaidIdr"/> what it paid beyond its
/// share (after a cancellation), which the provider gives back. <see cref="CheckoutUrl"/> is the card processor's page
/// where the family authorises its card, while that is still to do; null offline and once the card is authorised.
/// <see cref="SponsorProgrammeId"/> and <see cref="SponsorProgrammeName"/> name the programme, for the family only (a
/// programme's name can say the family is on a welfare register, which the provider need not know); null otherwise.
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
    long OverpaidIdr,
    Uri? CheckoutUrl,
    DateTimeOffset CreatedAt,
    Guid? SponsorProgrammeId,
    string? SponsorProgrammeName)
{
    /// <param name="forFamily">Whether the reader is the booking's family, who alone is told which programme pays.</param>
    public static PaymentView Of(BookingPayment payment, Bookings.Booking booking, bool forFamily) => new(
        payment.Id,
        payment.Provider,
        payment.Status,
        booking.AmountDue.Rupiah,
        booking.FamilyDue.Rupiah,
        booking.SponsorDue.Rupiah,
        payment.Received.Rupiah,
        booking.Outstanding.Rupiah,
        payment.Refunded.Rupiah,
        Math.Max(0, payment.Received.Rupiah - payment.Refunded.Rupiah - booking.FamilyDue.Rupiah),
        payment is { Provider: PaymentProvider.Stripe, Status: PaymentStatus.Pending } ? payment.CheckoutUrl : null,
        SharedKernel.IndonesianTimeZones.ToLocal(payment.CreatedAt, booking.TimeZone),
        forFamily ? booking.Sponsorship?.ProgrammeId : null,
        forFamily ? booking.Sponsorship?.ProgrammeName : null);
}
