using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Payments;

/// <summary>
/// One line of the ledger: <see cref="Amount"/> debited to one account and credited to another. Because every line
/// moves an amount from one account to another, the balances of all accounts always sum to zero; a movement
/// that touches more accounts (a charge split into the provider's earning and the commission) is several lines
/// under one <see cref="TransactionKey"/>. Lines are only ever added: a refund is a new line, never an edit.
/// </summary>
public sealed class LedgerEntry
{
    private LedgerEntry(
        Guid id, string transactionKey, int leg, LedgerEntryKind kind, Guid? bookingId, string? recipientAreaCode, string debitAccount, string creditAccount,
        long amountIdr, DateTimeOffset postedAt)
    {
        Id = id;
        TransactionKey = transactionKey;
        Leg = leg;
        Kind = kind;
        BookingId = bookingId;
        RecipientAreaCode = recipientAreaCode;
        DebitAccount = debitAccount;
        CreditAccount = creditAccount;
        AmountIdr = amountIdr;
        PostedAt = postedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>
    /// Names what was posted (<c>visit:{visitId}</c>, <c>cancellation:{bookingId}</c>…); with <see cref="Leg"/> it is
    /// unique in the database, so the same charge can never be posted twice.
    /// </summary>
    public string TransactionKey { get; private set; }

    /// <summary>The line's number within its transaction, from 1.</summary>
    public int Leg { get; private set; }

    public LedgerEntryKind Kind { get; private set; }

    public Guid? BookingId { get; private set; }

    /// <summary>
    /// For a booking's lines, the area of the person cared for (<see cref="Bookings.BookingParties.RecipientAreaCode"/>), so the
    /// regional report sums an area's charges on this table alone; null for lines of no booking (payouts).
    /// </summary>
    public string? RecipientAreaCode { get; private set; }

    /// <summary>The account the amount is debited to: its balance rises.</summary>
    public string DebitAccount { get; private set; }

    /// <summary>The account the amount is credited to: its balance falls.</summary>
    public string CreditAccount { get; private set; }

    /// <summary>Whole Rupiah, more than zero (the database refuses anything else); a plain integer so the database sums it.</summary>
    public long AmountIdr { get; private set; }

    public Money Amount => Money.FromRupiah(AmountIdr);

    public DateTimeOffset PostedAt { get; private set; }

    /// <summary>
    /// The lines of one transaction, numbered from 1; legs of zero Rupiah are left out (a free visit, a commission of 0 %),
    /// so a transaction of nothing posts nothing.
    /// </summary>
    /// <param name="booking">The booking the lines are for, and its person's area; null for lines of no booking.</param>
    public static IReadOnlyList<LedgerEntry> Transaction(
        string key, LedgerEntryKind kind, LedgerBooking? booking, DateTimeOffset now, params (string Debit, string Credit, Money Amount)[] legs) =>
        [.. legs.Where(leg => leg.Amount > Money.Zero).Select((leg, index) =>
            new LedgerEntry(Guid.CreateVersion7(now), key, index + 1, kind, booking?.Id, booking?.RecipientAreaCode, leg.Debit, leg.Credit, leg.Amount.Rupiah, now))];
}

/// <summary>The booking a ledger line is for, and the area code of the person it cared for (null when the booking has none).</summary>
public sealed record LedgerBooking(Guid Id, string? RecipientAreaCode);

/// <summary>Why a ledger line was posted.</summary>
public enum LedgerEntryKind
{
    /// <summary>A visit (or daycare day, or clinic slot) was given or kept as a no-show: the family owes its price.</summary>
    VisitCharge,

    /// <summary>The family cancelled late and owes the listing's share of the visits cancelled.</summary>
    CancellationCharge,

    /// <summary>The provider received the family's cash or bank transfer, or the card processor captured the family's card.</summary>
    PaymentReceived,

    /// <summary>Money captured from a card was given back, out of the provider's earning and the platform's commission.</summary>
    Refund,

    /// <summary>A sponsor programme's share of a booking was reserved from its budget when the family confirmed it.</summary>
    SponsorReserved,

    /// <summary>What a sponsor programme reserved and did not spend went back to its budget when the booking was over.</summary>
    SponsorReleased,

    /// <summary>
    /// A provider's payout: taken off its account into the payouts in transit when the batch is run, and out of the
    /// platform's bank when the batch is marked paid; or paid by Stripe to the provider's own account when a card
    /// charge to it is captured.
    /// </summary>
    Payout,

    /// <summary>A batch was cancelled before the bank paid it: its payouts in transit go back to the providers' accounts.</summary>
    PayoutCancelled,

    /// <summary>
    /// A refund of a card charge paid to the provider's own Stripe account took the provider's part back from that
    /// account: it was paid out, and is no longer.
    /// </summary>
    TransferReversed,
}
