using Marketplace.Application.Payments;

namespace Marketplace.Application.Payouts;

public interface IPayoutRepository
{
    void Add(PayoutAccount account);

    void Add(PayoutBatch batch);

    /// <summary>Ledger lines a batch posts, saved with it in the same transaction.</summary>
    void Post(IEnumerable<LedgerEntry> entries);

    Task<PayoutAccount?> FindAccountAsync(Guid providerUserId, CancellationToken cancellationToken);

    Task<PayoutBatch?> FindBatchAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every batch, the newest first.</summary>
    Task<IReadOnlyList<PayoutBatch>> ListBatchesAsync(int skip, int limit, CancellationToken cancellationToken);

    /// <summary>How many payout batches there are.</summary>
    Task<int> CountBatchesAsync(CancellationToken cancellationToken);

    /// <summary>Whether a batch is open (run, neither paid nor cancelled).</summary>
    Task<bool> AnyOpenBatchAsync(CancellationToken cancellationToken);

    /// <summary>
    /// What families still owe on each provider's bookings (by the provider's user id), debit-positive whole Rupiah: their
    /// ledger balance on those bookings. Negative where a family paid ahead.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, long>> FamilyDebtByProviderAsync(CancellationToken cancellationToken);

    /// <summary>The providers named (by user id), with their account's name and email and their payout account if they have one.</summary>
    Task<IReadOnlyList<Payee>> ListPayeesAsync(IReadOnlyCollection<Guid> providerUserIds, CancellationToken cancellationToken);
}

/// <summary>A provider who may be paid: its account's name and email, and its payout account if it has one.</summary>
public sealed record Payee(Guid ProviderUserId, string Name, string Email, PayoutAccount? Account);
