using Marketplace.Application.Enterprises;
using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class EnterpriseRepository(MarketplaceDbContext db) : IEnterpriseRepository
{
    public void Add(Enterprise enterprise) => db.Enterprises.Add(enterprise);

    public Task<Guid?> FindIdByOwnerAsync(Guid ownerUserId, CancellationToken cancellationToken) =>
        db.Enterprises.Where(e => e.OwnerUserId == ownerUserId).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);

    public Task<int> CountVerifiedAsync(CancellationToken cancellationToken) =>
        db.Enterprises.CountAsync(e => e.Verification == VerificationStatus.Verified, cancellationToken);
}
