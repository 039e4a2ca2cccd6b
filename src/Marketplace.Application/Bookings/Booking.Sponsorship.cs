using Marketplace.Application.Common.Errors;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Sponsors;

namespace Marketplace.Application.Bookings;

/// <summary>
/// A sponsor programme's share: reserved from its budget when the family confirms the booking, spent charge by charge
/// as care is given, and what is left released when the booking is over. Each step posts to the ledger and records
/// the change to the programme's budget, which the database applies with the save and refuses when it would overspend.
/// </summary>
public sealed partial class Booking
{
    private readonly List<SponsorBudgetChange> _sponsorBudgetChanges = [];

    /// <summary>The programme paying part of this booking; null when the family pays it all.</summary>
    public BookingSponsorship? Sponsorship { get; private set; }

    /// <summary>Changes to sponsor budgets since the booking was loaded; applied with the save, in the same transaction.</summary>
    public IReadOnlyList<SponsorBudgetChange> SponsorBudgetChanges => _sponsorBudgetChanges;

    /// <summary>The sponsor programme's part of <see cref="AmountDue"/>.</summary>
    public Money SponsorDue => Sponsorship?.ShareOf(AmountDue) ?? Money.Zero;

    /// <summary>The family's part of <see cref="AmountDue"/>: what it pays itself, offline or by card.</summary>
    public Money FamilyDue => AmountDue - SponsorDue;

    /// <summary>
    /// A programme the family is eligible for pays part of this booking, which waits for payment: its share of the price
    /// is reserved from the programme's budget. A booking keeps the programme it was first given (a card tried again keeps
    /// it); a share of nothing (a programme of 0 % or Rp 0) reserves nothing.
    /// </summary>
    /// <param name="areaCode">Where the person in care lives, for the programme's statement.</param>
    public void Sponsor(SponsorTerms terms, string areaCode, DateTimeOffset now)
    {
        RequireAwaitingPayment();
        if (Sponsorship is { } current)
        {
            if (current.ProgrammeId != terms.ProgrammeId)
            {
                throw new BusinessRuleException("Another sponsor programme already pays part of this booking.");
            }

            return;
        }

        var sponsorship = BookingSponsorship.Reserve(terms, areaCode, AmountDue, now);
        if (sponsorship.Reserved == Money.Zero)
        {
            return;
        }

        Sponsorship = sponsorship;
        _ledgerEntries.AddRange(LedgerEntry.Transaction(
            $"sponsor-reserved:{Id:D}", LedgerEntryKind.SponsorReserved, AsLedgerBooking, now,
            (LedgerAccount.SponsorReserved(terms.ProgrammeId), LedgerAccount.SponsorBudget(terms.ProgrammeId), sponsorship.Reserved)));
        _sponsorBudgetChanges.Add(new SponsorBudgetChange(terms.ProgrammeId, sponsorship.Reserved.Rupiah));
    }

    /// <summary>Forgets the budget changes once they are applied.</summary>
    public void ClearSponsorBudgetChanges() => _sponsorBudgetChanges.Clear();

    /// <summary>
    /// Visits were cancelled on their own (the first of them <paramref name="visitId"/>): what the programme reserved beyond
    /// its share of what is now due goes back to its budget at once, not only when the booking is over.
    /// </summary>
    private void LowerSponsorshipToWhatIsDue(Guid visitId, DateTimeOffset now)
    {
        if (Sponsorship is not { ReleasedAt: null } sponsorship || sponsorship.LowerTo(AmountDue) is not { Rupiah: > 0 } released)
        {
            return;
        }

        _ledgerEntries.AddRange(LedgerEntry.Transaction(
            $"sponsor-released:{Id:D}:{visitId:D}", LedgerEntryKind.SponsorReleased, AsLedgerBooking, now,
            (LedgerAccount.SponsorBudget(sponsorship.ProgrammeId), LedgerAccount.SponsorReserved(sponsorship.ProgrammeId), released)));
        _sponsorBudgetChanges.Add(new SponsorBudgetChange(sponsorship.ProgrammeId, -released.Rupiah));
    }

    /// <summary>When the booking is over, what the programme reserved and did not spend goes back to its budget.</summary>
    private void ReleaseSponsorshipWhenOver(DateTimeOffset now)
    {
        if (!IsOver || Sponsorship is not { ReleasedAt: null } sponsorship)
        {
            return;
        }

        var unspent = sponsorship.Unspent;
        _ledgerEntries.AddRange(LedgerEntry.Transaction(
            $"sponsor-released:{Id:D}", LedgerEntryKind.SponsorReleased, AsLedgerBooking, now,
            (LedgerAccount.SponsorBudget(sponsorship.ProgrammeId), LedgerAccount.SponsorReserved(sponsorship.ProgrammeId), unspent)));
        if (unspent > Money.Zero)
        {
            _sponsorBudgetChanges.Add(new SponsorBudgetChange(sponsorship.ProgrammeId, -unspent.Rupiah));
        }

        sponsorship.Release(now);
    }
}

/// <summary>What a programme's committed budget changes by, in whole Rupiah: more than zero reserves, less releases.</summary>
public sealed record SponsorBudgetChange(Guid ProgrammeId, long DeltaIdr);
