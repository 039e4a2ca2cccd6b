using Marketplace.Application.Payments;
using Marketplace.Application.Payouts;
using Marketplace.Infrastructure.Identity;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Payouts;

internal sealed class PayoutRepository(MarketplaceDbContext db) : IPayoutRepository
{
    private const string FamilyPrefix = "family:";

    public void Add(PayoutAccount account) => db.Set<PayoutAccount>().Add(account);

    public void Add(PayoutBatch batch) => db.Set<PayoutBatch>().Add(batch);

    public void Post(IEnumerable<LedgerEntry> entries) => db.LedgerEntries.AddRange(entries);

    public Task<PayoutAccount?> FindAccountAsync(Guid providerUserId, CancellationToken cancellationToken) =>
        db.Set<PayoutAccount>().FirstOrDefaultAsync(a => a.ProviderUserId == providerUserId, cancellationToken);

    public Task<PayoutBatch?> FindBatchAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<PayoutBatch>().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

    public async Task<IReadOnlyList<PayoutBatch>> ListBatchesAsync(int skip, int limit, CancellationToken cancellationToken) =>
        await db.Set<PayoutBatch>().OrderByDescending(b => b.CreatedAt).ThenBy(b => b.Id).Skip(skip).Take(limit).ToListAsync(cancellationToken);

    public Task<int> CountBatchesAsync(CancellationToken cancellationToken) => db.Set<PayoutBatch>().CountAsync(cancellationToken);

    public Task<bool> AnyOpenBatchAsync(CancellationToken cancellationToken) =>
        db.Set<PayoutBatch>().AnyAsync(b => b.Status == PayoutBatchStatus.Open, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, long>> FamilyDebtByProviderAsync(CancellationToken cancellationToken)
    {
        // Every family line carries its booking: summed by the booking's provider, debits less credits.
        var debits = await (from e in db.LedgerEntries
                            join b in db.Bookings on e.BookingId equals b.Id
                            where e.DebitAccount.StartsWith(FamilyPrefix)
                            group e.AmountIdr by b.Parties.ProviderUserId into g
                            select new { Provider = g.Key, Sum = g.Sum() }).ToListAsync(cancellationToken);
        var credits = await (from e in db.LedgerEntries
                             join b in db.Bookings on e.BookingId equals b.Id
                             where e.CreditAccount.StartsWith(FamilyPrefix)
                             group e.AmountIdr by b.Parties.ProviderUserId into g
                             select new { Provider = g.Key, Sum = g.Sum() }).ToListAsync(cancellationToken);
        return debits.Select(d => (d.Provider, d.Sum)).Concat(credits.Select(c => (c.Provider, -c.Sum)))
            .GroupBy(x => x.Provider)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Item2));
    }

    public async Task<IReadOnlyList<Payee>> ListPayeesAsync(IReadOnlyCollection<Guid> providerUserIds, CancellationToken cancellationToken)
    {
        var users = await db.Set<ApplicationUser>().Where(u => providerUserIds.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, u.Email }).ToListAsync(cancellationToken);
        var accounts = await db.Set<PayoutAccount>().Where(a => providerUserIds.Contains(a.ProviderUserId)).ToDictionaryAsync(a => a.ProviderUserId, cancellationToken);
        return [.. users.Select(u => new Payee(u.Id, u.FullName, u.Email ?? string.Empty, accounts.GetValueOrDefault(u.Id)))];
    }
}
