using Marketplace.Application.Common.Errors;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings;

/// <summary>
/// Paying by card: the family authorises the price on the processor's checkout page, which confirms the booking;
/// when the booking is over, what the care cost is captured (a late cancellation's charge, or nothing) and the rest
/// released. The processor's answers arrive as webhooks, maybe twice and out of order: each step below is a no-op
/// when it has happened already, and the ledger's transaction keys refuse a second posting.
/// </summary>
public sealed partial class Booking
{
    private readonly List<CardSettlement> _cardSettlements = [];

    /// <summary>Captures and releases asked for since the booking was loaded; moved to the outbox with the save.</summary>
    public IReadOnlyList<CardSettlement> CardSettlements => _cardSettlements;

    /// <summary>
    /// The family will pay by card: a new payment waiting for the card, which <see cref="OpenCardCheckout"/> links to the
    /// processor's page. A card payment not yet authorised (abandoned or declined) is replaced by the new one.
    /// </summary>
    /// <param name="payeeAccountId">The provider's own Stripe account the charge goes to, when Stripe pays providers (Connect).</param>
    public BookingPayment StartCardPayment(DateTimeOffset now, string? payeeAccountId = null)
    {
        RequireAwaitingPayment();
        if (FamilyDue == Money.Zero)
        {
            throw new BusinessRuleException("Nothing is left for the family to pay by card: a sponsor programme pays all of it.");
        }

        Payment = BookingPayment.Card(AmountDue, SponsorDue, payeeAccountId, now);
        return Payment;
    }

    public void OpenCardCheckout(Uri checkoutUrl) =>
        (Payment ?? throw new InvalidOperationException("Start the card payment before opening its checkout.")).OpenCheckout(checkoutUrl);

    /// <summary>
    /// The processor holds the price on the family's card: the booking is confirmed. A saved card's authorisation that
    /// we asked for is held, and captured at once when the booking is over already. An authorisation that is not the
    /// current payment's (an older checkout completed late) or arrives after the booking closed is released.
    /// </summary>
    private void CardAuthorised(Guid paymentId, string processorPaymentId, Money amount)
    {
        if (Payment is { Provider: PaymentProvider.Stripe } payment && payment.Id == paymentId && payment.ProcessorPaymentId == processorPaymentId)
        {
            return;
        }

        if (Payment is { Provider: PaymentProvider.Stripe, Status: PaymentStatus.CardSaved, AuthorisationAskedAt: not null } saved && saved.Id == paymentId)
        {
            if (amount >= FamilyDue)
            {
                saved.Authorise(processorPaymentId);
                CaptureWhenOver();
                return;
            }

            // Held for less than is owed (the care cost more than when it was asked): released, and paid directly.
            _cardSettlements.Add(new CardSettlement(Id, paymentId, processorPaymentId, CaptureIdr: 0));
            SavedCardRefused(saved);
            return;
        }

        if (Payment is not { Provider: PaymentProvider.Stripe, Status: PaymentStatus.Pending or PaymentStatus.Failed } current
            || current.Id != paymentId || Status != BookingStatus.Accepted || amount != current.FamilyShare)
        {
            _cardSettlements.Add(new CardSettlement(Id, paymentId, processorPaymentId, CaptureIdr: 0));
            return;
        }

        current.Authorise(processorPaymentId);
        Status = BookingStatus.Confirmed;
        Raise(BookingEventKind.Confirmed);
    }

    /// <summary>
    /// The card was declined on the checkout page: the booking waits for another try, or an offline payment. A saved
    /// card declined (or needing the family to authenticate) when we authorise it leaves the confirmed booking to be
    /// paid to the provider directly.
    /// </summary>
    private void CardDeclined(Guid paymentId)
    {
        if (Payment is { Provider: PaymentProvider.Stripe, Status: PaymentStatus.Pending } payment && payment.Id == paymentId)
        {
            payment.Fail();
            Raise(BookingEventKind.PaymentFailed);
        }
        else if (Payment is { Provider: PaymentProvider.Stripe, Status: PaymentStatus.CardSaved } saved && saved.Id == paymentId)
        {
            SavedCardRefused(saved);
        }
    }

    /// <summary>
    /// A saved card could not be held: the family pays the provider directly what it owes; a booking over owing
    /// nothing (cancelled in time meanwhile) just lets the card go.
    /// </summary>
    private void SavedCardRefused(BookingPayment saved)
    {
        if (IsOver && FamilyDue == Money.Zero)
        {
            saved.Release();
            return;
        }

        saved.FallBackToOffline(FamilyDue);
        Raise(BookingEventKind.PaymentFailed);
    }

    /// <summary>
    /// <paramref name="amount"/> was captured: the family has paid it, into the processor's clearing account. Posted once,
    /// however often the capture is reported.
    /// </summary>
    private void CardCaptured(Guid paymentId, Money amount, DateTimeOffset now)
    {
        if (Payment is not { Provider: PaymentProvider.Stripe, Status: PaymentStatus.Authorised } payment || payment.Id != paymentId || amount == Money.Zero)
        {
            return;
        }

        _ledgerEntries.AddRange(LedgerEntry.Transaction(
            $"captured:{payment.Id:D}", LedgerEntryKind.PaymentReceived, AsLedgerBooking, now,
            (LedgerAccount.CardClearing, LedgerAccount.Family(Parties.FamilyId), amount)));
        PostTransferToPayee(payment, amount, now);
        payment.Receive(amount, FamilyDue, now);
        Raise(BookingEventKind.PaymentReceived);
    }

    /// <summary>
    /// The authorisation ended with nothing captured: released once the booking closed owing nothing, or lapsed (or could
    /// not be captured) while something is owed, when the family pays the provider directly instead.
    /// </summary>
    private void CardReleased(Guid paymentId)
    {
        if (Payment is not { Provider: PaymentProvider.Stripe, Status: PaymentStatus.Authorised } payment || payment.Id != paymentId)
        {
            return;
        }

        if (FamilyDue == Money.Zero)
        {
            payment.Release();
            return;
        }

        payment.FallBackToOffline(FamilyDue);
        Raise(BookingEventKind.PaymentFailed);
    }

    /// <summary>Whether <paramref name="amount"/> may be given back to the card: more than nothing, at most what was captured and not yet refunded.</summary>
    public void RequireRefundable(Money amount)
    {
        if (Payment is not { Provider: PaymentProvider.Stripe, ProcessorPaymentId: not null } payment || payment.Received == Money.Zero)
        {
            throw new BusinessRuleException("Only a card payment that was captured can be refunded.");
        }

        var refundable = payment.Received - payment.Refunded;
        if (amount == Money.Zero || amount > refundable)
        {
            throw new BusinessRuleException("Refund at least Rp 1 and at most what was captured and not yet refunded, {0}.", refundable);
        }
    }

    /// <summary>
    /// The processor has refunded <paramref name="totalRefunded"/> in all: the part not yet posted comes back out of the
    /// clearing account, taken from the provider's earning and the platform's commission in the proportion the ledger
    /// charged them, so refunding everything (in one go or in parts) takes back exactly the commission posted.
    /// </summary>
    private void CardRefunded(string processorPaymentId, Money totalRefunded, DateTimeOffset now)
    {
        if (Payment is not { Provider: PaymentProvider.Stripe } payment || payment.ProcessorPaymentId != processorPaymentId
            || totalRefunded <= payment.Refunded || payment.Received == Money.Zero)
        {
            return;
        }

        var refund = totalRefunded - payment.Refunded;
        var commission = CommissionShareOf(totalRefunded, payment.Received) - CommissionShareOf(payment.Refunded, payment.Received);
        _ledgerEntries.AddRange(LedgerEntry.Transaction(
            $"refund:{payment.Id:D}:{payment.Refunded.Rupiah}", LedgerEntryKind.Refund, AsLedgerBooking, now,
            (LedgerAccount.Provider(Parties.ProviderUserId), LedgerAccount.CardClearing, refund - commission),
            (LedgerAccount.PlatformCommission, LedgerAccount.CardClearing, commission)));
        PostTransferReversal(payment, refund - commission, now);
        payment.Refund(refund);
        Raise(BookingEventKind.Refunded);
    }

    /// <summary>
    /// The commission's part of <paramref name="refunded"/> out of <paramref name="captured"/>: the commission the ledger
    /// charged the family (<see cref="FamilyCommissionDue"/>; a card is refunded only once the booking is over) in that
    /// proportion, rounded down.
    /// </summary>
    private Money CommissionShareOf(Money refunded, Money captured) =>
        Money.FromRupiah((long)((Int128)refunded.Rupiah * FamilyCommissionDue().Rupiah / captured.Rupiah));

    /// <summary>The card holder disputed the charge with their bank; kept on the payment for an admin to follow up.</summary>
    private void CardDisputed(string processorPaymentId, DateTimeOffset now)
    {
        if (Payment is { Provider: PaymentProvider.Stripe } payment && payment.ProcessorPaymentId == processorPaymentId)
        {
            payment.Dispute(now);
        }
    }

    /// <summary>Applies what the card processor reports (a webhook, or the answer to our own capture or release).</summary>
    public void Apply(CardEvent reported, DateTimeOffset now)
    {
        switch (reported.Kind)
        {
            case CardEventKind.Authorised when reported.PaymentId is { } paymentId:
                CardAuthorised(paymentId, reported.ProcessorPaymentId, reported.Amount);
                break;
            case CardEventKind.Declined when reported.PaymentId is { } paymentId:
                CardDeclined(paymentId);
                break;
            case CardEventKind.Captured when reported.PaymentId is { } paymentId:
                CardCaptured(paymentId, reported.Amount, now);
                break;
            case CardEventKind.Released when reported.PaymentId is { } paymentId:
                CardReleased(paymentId);
                break;
            case CardEventKind.Refunded:
                CardRefunded(reported.ProcessorPaymentId, reported.Amount, now);
                break;
            case CardEventKind.Disputed:
                CardDisputed(reported.ProcessorPaymentId, now);
                break;
            case CardEventKind.CardSaved when reported is { PaymentId: { } paymentId, SavedCard: { } card }:
                CardSaved(paymentId, card);
                break;
        }
    }

    /// <summary>Forgets the settlements once they are in the outbox.</summary>
    public void ClearCardSettlements() => _cardSettlements.Clear();

    /// <summary>
    /// When the booking is over, capture the family's part of what its care cost from a card authorisation (release it
    /// when nothing; a saved card not yet authorised is authorised first), and give a sponsor's unspent reservation back
    /// to its budget.
    /// </summary>
    private void SettleWhenOver(DateTimeOffset now)
    {
        if (IsOver)
        {
            AskSavedCardAuthorisation(now);
        }

        CaptureWhenOver();
        ReleaseSponsorshipWhenOver(now);
    }

    private void CaptureWhenOver()
    {
        if (IsOver && Payment is { IsAuthorised: true, ProcessorPaymentId: { } processorId } payment)
        {
            _cardSettlements.Add(new CardSettlement(
                Id, payment.Id, processorId, FamilyDue.Rupiah, payment.PayeeAccountId is null ? null : FamilyCommissionDue().Rupiah));
        }
    }

    /// <summary>An accepted booking with no payment, or only a card payment that was never authorised, waits for the family to pay.</summary>
    private void RequireAwaitingPayment()
    {
        if (Payment is not (null or { Provider: PaymentProvider.Stripe, Status: PaymentStatus.Pending or PaymentStatus.Failed }) || Status == BookingStatus.Confirmed)
        {
            throw new BusinessRuleException("This booking is confirmed already; it is not paid for twice.");
        }

        RequireStatus(BookingStatus.Accepted, Status == BookingStatus.Requested
            ? "Pay once the caregiver has accepted the request."
            : "This booking is no longer open and cannot be paid for.");
    }
}
