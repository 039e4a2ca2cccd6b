using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings.Cancel;

/// <summary>
/// A cancellation as the booking's terms would make it now, before it is made; times in the booking's zone, amounts in
/// whole Rupiah. <see cref="ChargeIdr"/> is what the family is charged for it (the sum of the visits' charges; always 0
/// when <see cref="By"/> is the provider); <see cref="AmountDueAfterIdr"/> is what the care costs in all afterwards, of
/// which a sponsor programme pays <see cref="SponsorShareAfterIdr"/> and the family <see cref="FamilyShareAfterIdr"/>;
/// <see cref="PaidIdr"/> is what the family has paid so far and <see cref="ToGiveBackIdr"/> what it would have paid
/// beyond its share, which the provider gives back. <see cref="PaidBy"/> is how the family pays: offline, or a card that
/// holds the price (or is saved to) and is charged only the family's share when the care is over; null until it has chosen.
/// </summary>
public sealed record CancellationPreview(
    Guid BookingId,
    Guid? VisitId,
    string RecipientName,
    string ProviderName,
    BookingSide By,
    bool EndsBooking,
    string TimeZone,
    IReadOnlyList<CancelledVisitView> Visits,
    int LateCancellationPercent,
    long ChargeIdr,
    long AmountDueAfterIdr,
    long SponsorShareAfterIdr,
    long FamilyShareAfterIdr,
    long PaidIdr,
    long ToGiveBackIdr,
    PaymentProvider? PaidBy)
{
    public static CancellationPreview Of(Booking booking, CancellationQuote quote, Guid? visitId)
    {
        DateTimeOffset Local(DateTimeOffset instant) => IndonesianTimeZones.ToLocal(instant, booking.TimeZone);
        return new(
            booking.Id,
            visitId,
            booking.Parties.RecipientName,
            booking.Parties.ProviderName,
            quote.By,
            quote.EndsBooking,
            booking.TimeZone,
            [.. quote.Visits.Select(v => new CancelledVisitView(
                v.Visit.Id, Local(v.Visit.StartsAt), Local(v.Visit.EndsAt), v.Late, Local(v.Visit.StartsAt - Booking.FreeCancellationNotice), v.Charge.Rupiah))],
            booking.LateCancellationPercent,
            quote.Charge.Rupiah,
            quote.AmountDueAfter.Rupiah,
            quote.SponsorDueAfter.Rupiah,
            quote.FamilyDueAfter.Rupiah,
            quote.PaidSoFar.Rupiah,
            quote.ToGiveBack.Rupiah,
            booking.Payment switch
            {
                { Provider: PaymentProvider.Offline } => PaymentProvider.Offline,
                { Provider: PaymentProvider.Stripe, Status: PaymentStatus.Authorised or PaymentStatus.CardSaved } => PaymentProvider.Stripe,
                _ => null,
            });
    }
}

/// <summary>
/// One visit the cancellation would cancel: <see cref="Late"/> when it starts within 24 hours (cancelling it was free
/// until <see cref="FreeUntil"/>), and <see cref="ChargeIdr"/> the family's charge for it.
/// </summary>
public sealed record CancelledVisitView(Guid Id, DateTimeOffset Start, DateTimeOffset End, bool Late, DateTimeOffset FreeUntil, long ChargeIdr);
