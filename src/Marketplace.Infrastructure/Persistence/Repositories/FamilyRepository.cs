using Marketplace.Application.Families;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class FamilyRepository(MarketplaceDbContext db) : IFamilyRepository
{
    public void Add(Family family) => db.Families.Add(family);

    public Task<Guid?> FindIdByUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Families.Where(f => f.UserId == userId).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(cancellationToken);
}
