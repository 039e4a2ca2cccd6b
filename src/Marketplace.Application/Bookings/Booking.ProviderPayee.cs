using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings;

/// <summary>
/// With Stripe Connect, a card charge goes to the provider's own Stripe account (a destination charge) and the platform
/// keeps its commission as the application fee. The ledger follows the money: when the card is captured, the
/// provider's part leaves the card clearing account as paid out to the provider, and a refund that takes it back from
/// the provider's account puts it back.
/// </summary>
public sealed partial class Booking
{
    /// <summary>
    /// The platform's commission on the family's share: what a charge to the provider's own account keeps for the
    /// platform. Once the booking is over, the commission the ledger charged the family; before, the commission on the
    /// price in the family's share's proportion, rounded down.
    /// </summary>
    public Money FamilyCommissionDue()
    {
        // As the ledger takes it: the commission on each visit paid for and on each late-cancellation charge, each rounded down.
        var commission = _visits.Aggregate(
            CommissionOn(VisitPrice) * _visits.Count(IsPaidFor) + CommissionOn(Cancellation?.Charge ?? Money.Zero),
            (sum, visit) => sum + CommissionOn(visit.Cancellation?.Charge ?? Money.Zero));
        if (Sponsorship is { } sponsorship)
        {
            return IsOver
                ? sponsorship.FamilyCommission
                : Money.FromRupiah(AmountDue == Money.Zero ? 0 : (long)((Int128)commission.Rupiah * FamilyDue.Rupiah / AmountDue.Rupiah));
        }

        return commission;
    }

    /// <summary>The processor paid the provider's account what was captured less the platform's fee.</summary>
    private void PostTransferToPayee(BookingPayment payment, Money captured, DateTimeOffset now)
    {
        if (payment.PayeeAccountId is null)
        {
            return;
        }

        _ledgerEntries.AddRange(LedgerEntry.Transaction(
            $"transfer:{payment.Id:D}", LedgerEntryKind.Payout, AsLedgerBooking, now,
            (LedgerAccount.Provider(Parties.ProviderUserId), LedgerAccount.CardClearing, captured - FamilyCommissionDue())));
    }

    /// <summary>The processor took <paramref name="providerPart"/> of a refund back from the provider's account.</summary>
    private void PostTransferReversal(BookingPayment payment, Money providerPart, DateTimeOffset now)
    {
        if (payment.PayeeAccountId is null)
        {
            return;
        }

        _ledgerEntries.AddRange(LedgerEntry.Transaction(
            $"transfer-reversed:{payment.Id:D}:{payment.Refunded.Rupiah}", LedgerEntryKind.TransferReversed, AsLedgerBooking, now,
            (LedgerAccount.CardClearing, LedgerAccount.Provider(Parties.ProviderUserId), providerPart)));
    }
}
