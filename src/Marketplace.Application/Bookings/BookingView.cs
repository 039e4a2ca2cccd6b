using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings;

/// <summary>
/// A booking as its family, its provider or the family's care manager sees it; times in the zone of the visits. Amounts
/// are whole Rupiah: <see cref="PriceIdr"/> is the price of the visits booked (a visit cancelled on its own no longer
/// counts), of which <see cref="CommissionIdr"/> (<see cref="CommissionPercent"/> of each visit's price, rounded down) is
/// the platform's and <see cref="ProviderEarningIdr"/> the provider's; <see cref="AmountDueIdr"/> is what the care costs
/// as it stands (visits still paid for and late-cancellation charges, a sponsor's part included). <see cref="Payment"/>
/// is null until the family has chosen how to pay.
/// </summary>
public sealed record BookingView(
    Guid Id,
    BookingKind Kind,
    BookingStatus Status,
    Guid RecipientId,
    string RecipientName,
    Guid? CaregiverId,
    Guid? ListingId,
    Guid? ClinicSlotId,
    string ProviderName,
    string TimeZone,
    long HourlyRateIdr,
    long VisitPriceIdr,
    long PriceIdr,
    int CommissionPercent,
    long CommissionIdr,
    long ProviderEarningIdr,
    long AmountDueIdr,
    int LateCancellationPercent,
    DateTimeOffset RequestedAt,
    DateTimeOffset RespondBy,
    IReadOnlyList<VisitView> Visits,
    CancellationView? Cancellation,
    PaymentView? Payment,
    BookingSide? You)
{
    /// <summary>The booking as <paramref name="viewerUserId"/> sees it: <see cref="You"/> says their side, null for a care manager or admin.</summary>
    public static BookingView Of(Booking booking, Guid? viewerUserId)
    {
        DateTimeOffset Local(DateTimeOffset instant) => IndonesianTimeZones.ToLocal(instant, booking.TimeZone);
        return new(
            booking.Id,
            booking.Kind,
            booking.Status,
            booking.Parties.RecipientId,
            booking.Parties.RecipientName,
            booking.Parties.CaregiverId,
            booking.Parties.ListingId,
            booking.ClinicSlotId,
            booking.Parties.ProviderName,
            booking.TimeZone,
            booking.HourlyRate.Rupiah,
            booking.VisitPrice.Rupiah,
            booking.Price.Rupiah,
            booking.CommissionPercent,
            booking.Commission.Rupiah,
            booking.ProviderEarning.Rupiah,
            booking.AmountDue.Rupiah,
            booking.LateCancellationPercent,
            Local(booking.RequestedAt),
            Local(booking.RespondBy),
            // In date order wherever a booking is shown: the database hands a booking's visits back in no order of its own.
            [.. booking.Visits.OrderBy(v => v.StartsAt).Select(v => new VisitView(
                v.Id, Local(v.StartsAt), Local(v.EndsAt), v.Status,
                v.CheckedInAt is { } i ? Local(i) : null, v.CheckedOutAt is { } o ? Local(o) : null, v.Log,
                v.Cancellation is { } vc ? new CancellationView(vc.By, Local(vc.At), vc.Charge.Rupiah) : null))],
            booking.Cancellation is { } c ? new CancellationView(c.By, Local(c.At), c.Charge.Rupiah) : null,
            booking.Payment is { } payment ? PaymentView.Of(payment, booking, viewerUserId is { } reader && booking.SideOf(reader) == BookingSide.Family) : null,
            viewerUserId is { } viewer ? booking.SideOf(viewer) : null);
    }

    /// <summary>
    /// The visit a list shows this booking under at <paramref name="now"/>: its next visit not yet over, or its first
    /// once all are over; null for a booking without visits. Lists put bookings in the order of these visits.
    /// </summary>
    public VisitView? ListedVisit(DateTimeOffset now) => Visits.FirstOrDefault(visit => visit.End > now) ?? (Visits.Count > 0 ? Visits[0] : null);
}

/// <param name="Cancellation">Who cancelled this visit on its own and the family's charge for it; null otherwise (see the booking's).</param>
public sealed record VisitView(
    Guid Id, DateTimeOffset Start, DateTimeOffset End, VisitStatus Status, DateTimeOffset? CheckedInAt, DateTimeOffset? CheckedOutAt, VisitLog? Log,
    CancellationView? Cancellation);

public sealed record CancellationView(BookingSide By, DateTimeOffset At, long ChargeIdr);
