using Marketplace.Application.Listings;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class ListingRepository(MarketplaceDbContext db) : IListingRepository
{
    public void Add(Listing listing) => db.Listings.Add(listing);

    public Task<Listing?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Listings.AsSplitQuery().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    public Task<Listing?> FindBySlotAsync(Guid slotId, CancellationToken cancellationToken) =>
        db.Listings.AsSplitQuery().FirstOrDefaultAsync(l => l.Stops.Any(stop => stop.Slots.Any(slot => slot.Id == slotId)), cancellationToken);

    public async Task<IReadOnlyList<Listing>> ListByEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        await db.Listings.AsSplitQuery().Where(l => l.EnterpriseId == enterpriseId)
            .OrderByDescending(l => l.CreatedAt).ToListAsync(cancellationToken);
}
