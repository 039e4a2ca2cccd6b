using Marketplace.Application.Families;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class FamilyRepository(MarketplaceDbContext db) : IFamilyRepository
{
    public void Add(Family family) => db.Families.Add(family);

    public Task<Guid?> FindIdByUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Families.Where(f => f.UserId == userId).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(cancellationToken);

    public Task<Family?> FindByUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Families.Include(f => f.Recipients).FirstOrDefaultAsync(f => f.UserId == userId, cancellationToken);

    public Task<Family?> FindByRecipientAsync(Guid recipientId, CancellationToken cancellationToken) =>
        db.Families.Include(f => f.Recipients).FirstOrDefaultAsync(f => f.Recipients.Any(r => r.Id == recipientId), cancellationToken);
}
