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

    public async Task<long> BalanceAsync(string account, CancellationToken cancellationToken) =>
        await db.LedgerEntries
            .Where(e => e.DebitAccount == account || e.CreditAccount == account)
            .SumAsync(e => (long?)(e.DebitAccount == account ? e.AmountIdr : -e.AmountIdr), cancellationToken) ?? 0;
}
