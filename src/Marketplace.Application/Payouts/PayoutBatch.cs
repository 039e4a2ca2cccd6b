using Marketplace.Application.Common.Errors;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Payouts;

/// <summary>
/// What the platform pays its providers in one bank bulk transfer: a line per provider for what it holds for them (see
/// <see cref="OwedProvider"/>), into their payout account. Running it takes each amount off the provider's account into
/// the payouts in transit, so a later batch (or a refund meanwhile) never counts it again; marking it paid moves the total
/// out of the platform's bank; cancelling it (only when the bank never got the file) gives each amount back. One batch
/// at a time is open (the database refuses a second).
/// </summary>
public sealed class PayoutBatch
{
    private readonly List<PayoutLine> _lines = [];

    private PayoutBatch(Guid id, Guid createdBy, DateTimeOffset createdAt, int skippedCount, Money skipped)
    {
        Id = id;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        SkippedCount = skippedCount;
        Skipped = skipped;
    }

    public Guid Id { get; private set; }

    public PayoutBatchStatus Status { get; private set; } = PayoutBatchStatus.Open;

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the batch was marked paid or cancelled, and by whom.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public Guid? ClosedBy { get; private set; }

    public IReadOnlyList<PayoutLine> Lines => _lines;

    public Money Total => _lines.Aggregate(Money.Zero, (sum, line) => sum + line.Amount);

    /// <summary>Providers owed money who have no payout account yet, and what they are owed: left for a later batch.</summary>
    public int SkippedCount { get; private set; }

    public Money Skipped { get; private set; }

    /// <summary>
    /// A batch paying each provider in <paramref name="owed"/> with a payout account what the platform holds for it, and
    /// the ledger lines that take those amounts off their accounts; refused when nobody can be paid.
    /// </summary>
    public static (PayoutBatch Batch, IReadOnlyList<LedgerEntry> Posted) Run(IReadOnlyList<OwedProvider> owed, Guid by, DateTimeOffset now)
    {
        var payable = owed.Where(p => p.Account is not null && p.Owed > Money.Zero).ToList();
        if (payable.Count == 0)
        {
            throw new BusinessRuleException("No provider with a payout account is owed anything now.");
        }

        var unpaid = owed.Where(p => p.Account is null && p.Owed > Money.Zero).ToList();
        var batch = new PayoutBatch(Guid.CreateVersion7(now), by, now, unpaid.Count, unpaid.Aggregate(Money.Zero, (sum, p) => sum + p.Owed));
        batch._lines.AddRange(payable.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new PayoutLine(
            p.ProviderUserId, p.Name, p.Email, p.Account!.BankName, p.Account.AccountNumber, p.Account.AccountHolder, p.Owed)));
        return (batch, [.. batch._lines.SelectMany(line => LedgerEntry.Transaction(
            $"payout:{batch.Id:D}:{line.ProviderUserId:D}", LedgerEntryKind.Payout, null, now,
            (LedgerAccount.Provider(line.ProviderUserId), LedgerAccount.PayoutsInTransit, line.Amount)))]);
    }

    /// <summary>The bank has made the transfers: the batch's total leaves the platform's bank.</summary>
    public IReadOnlyList<LedgerEntry> MarkPaid(Guid by, DateTimeOffset now)
    {
        Close(PayoutBatchStatus.Paid, by, now);
        return LedgerEntry.Transaction($"payout-paid:{Id:D}", LedgerEntryKind.Payout, null, now, (LedgerAccount.PayoutsInTransit, LedgerAccount.PlatformBank, Total));
    }

    /// <summary>The batch will not be sent (the bank never got its file): each amount goes back to its provider, and a new batch may be run.</summary>
    public IReadOnlyList<LedgerEntry> Cancel(Guid by, DateTimeOffset now)
    {
        Close(PayoutBatchStatus.Cancelled, by, now);
        return [.. _lines.SelectMany(line => LedgerEntry.Transaction(
            $"payout-cancelled:{Id:D}:{line.ProviderUserId:D}", LedgerEntryKind.PayoutCancelled, null, now,
            (LedgerAccount.PayoutsInTransit, LedgerAccount.Provider(line.ProviderUserId), line.Amount)))];
    }

    private void Close(PayoutBatchStatus status, Guid by, DateTimeOffset now)
    {
        if (Status != PayoutBatchStatus.Open)
        {
            throw new BusinessRuleException(Status == PayoutBatchStatus.Paid ? "This payout batch is marked paid already." : "This payout batch was cancelled.");
        }

        Status = status;
        ClosedAt = now;
        ClosedBy = by;
    }
}

/// <summary>One provider's payment in a batch, with the bank details as they were when the batch was run.</summary>
public sealed record PayoutLine(Guid ProviderUserId, string ProviderName, string Email, string BankName, string AccountNumber, string AccountHolder, Money Amount);

/// <summary>
/// A provider the platform holds <see cref="Owed"/> for, with its payout account if it has one: what the ledger credits it
/// (its share of care given and late cancellations, a sponsor's part, less cash it collected and earlier payouts), less
/// what families still owe on its bookings (money not yet in: cash it will collect itself, a card not yet captured).
/// </summary>
public sealed record OwedProvider(Guid ProviderUserId, string Name, string Email, Money Owed, PayoutAccount? Account);

public enum PayoutBatchStatus
{
    /// <summary>Run and waiting for the bank's transfer; no other batch may be run meanwhile.</summary>
    Open,

    /// <summary>Transferred: each line is posted to the ledger.</summary>
    Paid,

    /// <summary>Not sent; nothing was posted.</summary>
    Cancelled,
}
