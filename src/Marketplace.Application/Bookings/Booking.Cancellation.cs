using Marketplace.Application.Common.Errors;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings;

/// <summary>
/// Cancelling, by either side before a visit starts: every visit still to come (the booking ends), or some of them on
/// their own (one visit of a weekly series), the booking going on. A family cancelling an agreed booking pays nothing
/// for a visit 24 hours or more ahead and the listing's share of a later one; a provider's cancellation never costs the
/// family. <see cref="QuoteCancellation"/> says all this first, and the cancellation acts on that same quote.
/// </summary>
public sealed partial class Booking
{
    /// <summary>A family that cancels this long before a visit pays nothing for it.</summary>
    public static readonly TimeSpan FreeCancellationNotice = TimeSpan.FromHours(24);

    /// <summary>What a family pays for a visit it cancels later than that: <paramref name="percent"/> of the visit's price, in whole Rupiah rounded down.</summary>
    public static Money LateCancellationCharge(Money visitPrice, int percent) => Money.FromRupiah(visitPrice.Rupiah * percent / 100);

    /// <summary>Said when the charge a person was shown before confirming is no longer the charge (a boundary passed).</summary>
    public const string ChargeChanged = "The cancellation charge has changed since you looked: it is now {0}. Check it and confirm again.";

    /// <summary>
    /// What cancelling the visits named (every visit still to come when <paramref name="visitIds"/> is null) would do at
    /// <paramref name="now"/>. Refused (409) when the booking is no longer open, nothing is left to come, or a visit named
    /// has started or is cancelled already; 404 for a visit not of this booking.
    /// </summary>
    public CancellationQuote QuoteCancellation(BookingSide by, DateTimeOffset now, IReadOnlyCollection<Guid>? visitIds = null)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException("This booking can no longer be cancelled.");
        }

        var toCome = _visits.Where(v => v.IsToCome(now)).ToList();
        if (toCome.Count == 0)
        {
            throw new BusinessRuleException("Every visit has started; there is nothing left to cancel.");
        }

        var chosen = visitIds is null ? toCome : [.. visitIds.Distinct().Select(FindVisit)];
        if (chosen.Count == 0 || chosen.Any(v => !v.IsToCome(now)))
        {
            throw new BusinessRuleException(BookingVisit.NotToCome);
        }

        // Cancelling every visit still to come is cancelling the booking: it is then over, and only visits given are paid for.
        var endsBooking = chosen.Count == toCome.Count;
        var agreed = Status is BookingStatus.Accepted or BookingStatus.Confirmed;
        List<CancelledVisit> cancelled = [.. chosen.OrderBy(v => v.StartsAt).Select(visit =>
        {
            var late = visit.StartsAt - now < FreeCancellationNotice;
            return new CancelledVisit(visit, late, by == BookingSide.Family && agreed && late ? LateShare : Money.Zero);
        })];
        var charge = cancelled.Aggregate(Money.Zero, (sum, visit) => sum + visit.Charge);
        var due = VisitPrice * _visits.Count(v => !chosen.Contains(v) && IsPaidFor(v, over: endsBooking)) + ChargesSoFar + charge;
        var sponsorDue = Sponsorship?.ShareOf(due) ?? Money.Zero;
        var paid = Payment is { } payment ? payment.Received - payment.Refunded : Money.Zero;
        var familyDue = due - sponsorDue;
        return new CancellationQuote(by, endsBooking, cancelled, charge, due, sponsorDue, familyDue, paid, paid > familyDue ? paid - familyDue : Money.Zero);
    }

    /// <summary>
    /// Cancels every visit still to come, as <see cref="QuoteCancellation"/> says: the charge is posted to the ledger, a card
    /// is captured for what the care cost (or let go), and a sponsor's unspent share goes back to its budget. With
    /// <paramref name="chargeSeen"/> (what a page showed), a different charge is refused (409) rather than taken.
    /// </summary>
    /// <returns>The cancellation, and the visits it cancelled (whose places the caller gives back).</returns>
    public (BookingCancellation Cancellation, IReadOnlyList<BookingVisit> Cancelled) Cancel(BookingSide by, DateTimeOffset now, Money? chargeSeen = null)
    {
        var quote = Quoted(QuoteCancellation(by, now), chargeSeen);
        List<BookingVisit> cancelled = [.. quote.Visits.Select(v => v.Visit)];
        cancelled.ForEach(visit => visit.Release());
        Status = _visits.Any(v => v.Status is VisitStatus.Completed or VisitStatus.NoShow) ? BookingStatus.Completed : BookingStatus.Cancelled;
        Cancellation = new BookingCancellation(by, now, quote.Charge);
        Charge($"cancellation:{Id:D}", LedgerEntryKind.CancellationCharge, quote.Charge, now);
        OweOfflineWhenUnpaid(now);
        SettleWhenOver(now);
        Raise(BookingEventKind.Cancelled, by);
        return (Cancellation, cancelled);
    }

    /// <summary>
    /// Cancels the visits named, each on its own, as <see cref="QuoteCancellation"/> says: each late charge is posted to
    /// the ledger under the visit's own key, the price no longer counts them, and a sponsor's reservation shrinks to its
    /// share of what is now due. Naming every visit still to come cancels the booking (<see cref="Cancel"/>). With
    /// <paramref name="chargeSeen"/>, a different charge is refused (409).
    /// </summary>
    /// <returns>The quote acted on, and the visits cancelled (whose places the caller gives back).</returns>
    public (CancellationQuote Quote, IReadOnlyList<BookingVisit> Cancelled) CancelVisits(
        IReadOnlyCollection<Guid> visitIds, BookingSide by, DateTimeOffset now, Money? chargeSeen = null)
    {
        var quote = Quoted(QuoteCancellation(by, now, visitIds), chargeSeen);
        if (quote.EndsBooking)
        {
            return (quote, Cancel(by, now).Cancelled);
        }

        foreach (var (visit, _, charge) in quote.Visits)
        {
            visit.CancelAlone(new VisitCancellation(by, now, charge));
            Charge($"visit-cancellation:{visit.Id:D}", LedgerEntryKind.CancellationCharge, charge, now);
        }

        Price -= VisitPrice * quote.Visits.Count;
        LowerSponsorshipToWhatIsDue(quote.Visits[0].Visit.Id, now);
        if (Payment is { Provider: PaymentProvider.Offline } offline)
        {
            offline.Reassess(FamilyDue);
        }

        Raise(BookingEventKind.VisitsCancelled, by, [.. quote.Visits.Select(v => v.Visit.Id)]);
        return (quote, [.. quote.Visits.Select(v => v.Visit)]);
    }

    /// <summary>The family's late-cancellation charge for one visit: the listing's share of its price, rounded down.</summary>
    public Money LateShare => LateCancellationCharge(VisitPrice, LateCancellationPercent);

    /// <summary>Every late-cancellation charge so far: the booking's own, and those of visits cancelled on their own.</summary>
    private Money ChargesSoFar =>
        _visits.Aggregate(Cancellation?.Charge ?? Money.Zero, (sum, visit) => sum + (visit.Cancellation?.Charge ?? Money.Zero));

    private static CancellationQuote Quoted(CancellationQuote quote, Money? chargeSeen) =>
        chargeSeen is { } seen && seen != quote.Charge ? throw new BusinessRuleException(ChargeChanged, quote.Charge) : quote;

    /// <summary>
    /// A booking over with something owed that the family had not yet paid for (never confirmed, or a card never authorised
    /// or saved) is paid offline: the provider records what it receives.
    /// </summary>
    private void OweOfflineWhenUnpaid(DateTimeOffset now)
    {
        if (AmountDue > Money.Zero && Payment is null or { Provider: PaymentProvider.Stripe, IsAuthorised: false, Received.Rupiah: 0, Status: not PaymentStatus.CardSaved })
        {
            Payment = BookingPayment.Offline(AmountDue, SponsorDue, now);
        }

        if (Payment is { Provider: PaymentProvider.Offline } offline)
        {
            offline.Reassess(FamilyDue);
        }
    }
}
