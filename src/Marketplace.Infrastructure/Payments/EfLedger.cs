using Marketplace.Application.Payments;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Payments;

internal sealed class EfLedger(MarketplaceDbContext db) : ILedger
{
    public async Task<IReadOnlyList<LedgerEntry>> ListAsync(string account, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        await db.LedgerEntries.AsNoTracking()
            .Where(e => (e.DebitAccount == account || e.CreditAccount == account) && e.PostedAt >= since && e.PostedAt < until)
            .OrderBy(e => e.PostedAt)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<AccountMovement>> ListMovementsAsync(string account, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        // Only the five columns a statement reads: a busy caregiver's year is thousands of lines.
        await db.LedgerEntries
            .Where(e => (e.DebitAccount == account || e.CreditAccount == account) && e.PostedAt >= since && e.PostedAt < until)
            .Select(e => new AccountMovement(e.Kind, e.DebitAccount == account, e.AmountIdr, e.PostedAt, e.BookingId))
            .ToListAsync(cancellationToken);

    public async Task<long> BalanceAsync(string account, CancellationToken cancellationToken) =>
        await db.LedgerEntries
            .Where(e => e.DebitAccount == account || e.CreditAccount == account)
            .SumAsync(e => (long?)(e.DebitAccount == account ? e.AmountIdr : -e.AmountIdr), cancellationToken) ?? 0;

    public async Task<IReadOnlyDictionary<string, long>> BalancesAsync(string prefix, CancellationToken cancellationToken)
    {
        // Two grouped sums the database computes over its account indexes, rather than every line brought over here.
        var debits = await db.LedgerEntries.Where(e => e.DebitAccount.StartsWith(prefix))
            .GroupBy(e => e.DebitAccount).Select(g => new { Account = g.Key, Sum = g.Sum(e => e.AmountIdr) }).ToListAsync(cancellationToken);
        var credits = await db.LedgerEntries.Where(e => e.CreditAccount.StartsWith(prefix))
            .GroupBy(e => e.CreditAccount).Select(g => new { Account = g.Key, Sum = g.Sum(e => e.AmountIdr) }).ToListAsync(cancellationToken);
        return debits.Select(d => (d.Account, d.Sum)).Concat(credits.Select(c => (c.Account, -c.Sum)))
            .GroupBy(x => x.Item1, StringComparer.Ordinal)
            .Select(g => (Account: g.Key, Balance: g.Sum(x => x.Item2)))
            .Where(x => x.Balance != 0)
            .ToDictionary(x => x.Account, x => x.Balance, StringComparer.Ordinal);
    }
}
