namespace Marketplace.Application.Payments;

/// <summary>Reads the ledger; lines are written only with the change that posts them (see <see cref="Bookings.Booking.LedgerEntries"/>).</summary>
public interface ILedger
{
    /// <summary>The lines that debit or credit <paramref name="account"/>, posted from <paramref name="since"/> (inclusive) until <paramref name="until"/> (exclusive), oldest first.</summary>
    Task<IReadOnlyList<LedgerEntry>> ListAsync(string account, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>
    /// The lines that debit or credit <paramref name="account"/>, as that account sees them, posted from
    /// <paramref name="since"/> (inclusive) until <paramref name="until"/> (exclusive), in no particular order.
    /// </summary>
    Task<IReadOnlyList<AccountMovement>> ListMovementsAsync(string account, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>The account's balance, debit-positive, in whole Rupiah: all it was debited less all it was credited.</summary>
    Task<long> BalanceAsync(string account, CancellationToken cancellationToken);

    /// <summary>The balance (debit-positive, whole Rupiah) of every account whose code starts with <paramref name="prefix"/> (<c>provider:</c>), non-zero ones only.</summary>
    Task<IReadOnlyDictionary<string, long>> BalancesAsync(string prefix, CancellationToken cancellationToken);
}
