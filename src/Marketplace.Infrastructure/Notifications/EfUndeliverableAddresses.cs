using Marketplace.Application.Notifications.Delivery;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Notifications;

internal sealed class EfUndeliverableAddresses(MarketplaceDbContext db) : IUndeliverableAddresses
{
    public Task<UndeliverableAddress?> FindAsync(string address, CancellationToken cancellationToken)
    {
        var key = UndeliverableAddress.KeyOf(address);
        return db.UndeliverableAddresses.FirstOrDefaultAsync(a => a.Address == key, cancellationToken);
    }

    public async Task<IReadOnlyList<UndeliverableAddress>> ListAsync(int limit, CancellationToken cancellationToken) =>
        await db.UndeliverableAddresses.AsNoTracking().OrderByDescending(a => a.ReportedAt).Take(limit).ToListAsync(cancellationToken);

    public void Add(UndeliverableAddress address) => db.UndeliverableAddresses.Add(address);

    public void Remove(UndeliverableAddress address) => db.UndeliverableAddresses.Remove(address);
}
