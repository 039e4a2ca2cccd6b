using Marketplace.Application.Common.Errors;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings;

/// <summary>
/// The booking's money: the family confirms an accepted booking by choosing how to pay; each visit given (or kept as a
/// no-show) and a late cancellation's charge post what the family owes to the ledger, split between the provider and
/// the platform's commission; the provider records what it receives offline.
/// </summary>
public sealed partial class Booking
{
    /// <summary>Said when the amount still owed changed between reading it and recording a payment against it.</summary>
    public const string OutstandingChanged = "What is still owed has changed since you looked (another payment was recorded); check the booking and try again.";

    private readonly List<LedgerEntry> _ledgerEntries = [];

    /// <summary>How the family pays; null until it has chosen (and for care that costs nothing).</summary>
    public BookingPayment? Payment { get; private set; }

    /// <summary>Ledger lines posted since the booking was loaded; saved with it, in the same transaction.</summary>
    public IReadOnlyList<LedgerEntry> LedgerEntries => _ledgerEntries;

    /// <summary>What the family owes for this booking: every visit it pays for (<see cref="IsPaidFor(BookingVisit)"/>), and every late cancellation's charge.</summary>
    public Money AmountDue => VisitPrice * _visits.Count(IsPaidFor) + ChargesSoFar;

    /// <summary>Whether the booking is over (completed, cancelled, or ended unconfirmed): no visit of it will be given any more.</summary>
    private bool IsOver => Status is BookingStatus.Completed or BookingStatus.Cancelled or BookingStatus.Expired;

    /// <summary>What the family still owes: <see cref="FamilyDue"/> less what the provider has received.</summary>
    public Money Outstanding => Money.FromRupiah(Math.Max(0, FamilyDue.Rupiah - (Payment?.Received ?? Money.Zero).Rupiah));

    /// <summary>
    /// The family will pay its share to the provider in cash or by bank transfer: the booking is confirmed, and
    /// the provider can record what it receives.
    /// </summary>
    public BookingPayment PayOffline(DateTimeOffset now)
    {
        RequireAwaitingPayment();
        Payment = BookingPayment.Offline(AmountDue, SponsorDue, now);
        Status = BookingStatus.Confirmed;
        Raise(BookingEventKind.Confirmed);
        return Payment;
    }

    /// <summary>
    /// The provider (or an admin) received <paramref name="amount"/> from the family in cash or by transfer. The amount
    /// still owed that the caller saw (<paramref name="outstandingSeen"/>) must still be owed, so a form sent twice
    /// records one payment.
    /// </summary>
    public void RecordPaymentReceived(Money amount, Money outstandingSeen, DateTimeOffset now)
    {
        if (Payment is not { Provider: PaymentProvider.Offline } payment)
        {
            throw new BusinessRuleException("The family has not chosen to pay this booking offline.");
        }

        if (outstandingSeen != Outstanding)
        {
            throw new BusinessRuleException(OutstandingChanged);
        }

        if (amount == Money.Zero || amount > Outstanding)
        {
            throw new BusinessRuleException("Record an amount of at least Rp 1 and at most what is still owed, {0}.", Outstanding);
        }

        // Keyed by what was received before, so the database refuses the same payment recorded twice at once.
        _ledgerEntries.AddRange(LedgerEntry.Transaction(
            $"received:{Id:D}:{payment.Received.Rupiah}", LedgerEntryKind.PaymentReceived, AsLedgerBooking, now,
            (LedgerAccount.Provider(Parties.ProviderUserId), LedgerAccount.Family(Parties.FamilyId), amount)));
        payment.Receive(amount, FamilyDue, now);
        Raise(BookingEventKind.PaymentReceived);
    }

    /// <summary>
    /// A visit is paid for unless it was cancelled; once the booking is over, only if it was given or kept as a no-show
    /// (as the ledger charged it): a visit whose time passed with neither was never given.
    /// </summary>
    private bool IsPaidFor(BookingVisit visit) => IsPaidFor(visit, IsOver);

    private static bool IsPaidFor(BookingVisit visit, bool over) =>
        over ? visit.Status is VisitStatus.Completed or VisitStatus.NoShow : visit.Status != VisitStatus.Cancelled;

    /// <summary>The visits the family pays for (see <see cref="AmountDue"/>), in date order.</summary>
    public IReadOnlyList<BookingVisit> VisitsPaidFor() => [.. _visits.Where(IsPaidFor).OrderBy(v => v.StartsAt)];

    /// <summary>Forgets the ledger lines once they are saved.</summary>
    public void ClearLedgerEntries() => _ledgerEntries.Clear();

    /// <summary>The platform's commission on <paramref name="amount"/>, in whole Rupiah rounded down.</summary>
    private Money CommissionOn(Money amount) => Money.FromRupiah(amount.Rupiah * CommissionPercent / 100);

    private void ChargeFor(BookingVisit visit, DateTimeOffset now) => Charge($"visit:{visit.Id:D}", LedgerEntryKind.VisitCharge, VisitPrice, now);

    /// <summary>
    /// <paramref name="amount"/> is owed for care: the provider earns it less the commission. A sponsor programme owes its
    /// part (and the rest of its reservation becomes spending), the family the rest; each pays the provider and the
    /// commission in the charge's proportion.
    /// </summary>
    private void Charge(string key, LedgerEntryKind kind, Money amount, DateTimeOffset now)
    {
        var commission = CommissionOn(amount);
        var family = LedgerAccount.Family(Parties.FamilyId);
        var provider = LedgerAccount.Provider(Parties.ProviderUserId);
        if (Sponsorship is not { } sponsorship || amount == Money.Zero)
        {
            _ledgerEntries.AddRange(LedgerEntry.Transaction(key, kind, AsLedgerBooking, now, (family, provider, amount - commission), (family, LedgerAccount.PlatformCommission, commission)));
            return;
        }

        var sponsored = sponsorship.TakeShareOf(amount);
        var sponsoredCommission = Money.FromRupiah((long)((Int128)commission.Rupiah * sponsored.Rupiah / amount.Rupiah));
        var sponsor = LedgerAccount.Sponsor(sponsorship.ProgrammeId);
        sponsorship.ChargeFamilyCommission(commission - sponsoredCommission);
        _ledgerEntries.AddRange(LedgerEntry.Transaction(key, kind, AsLedgerBooking, now,
            (family, provider, amount - commission - (sponsored - sponsoredCommission)),
            (family, LedgerAccount.PlatformCommission, commission - sponsoredCommission),
            (sponsor, provider, sponsored - sponsoredCommission),
            (sponsor, LedgerAccount.PlatformCommission, sponsoredCommission),
            (LedgerAccount.SponsorBudget(sponsorship.ProgrammeId), LedgerAccount.SponsorReserved(sponsorship.ProgrammeId), sponsored)));
    }
}
