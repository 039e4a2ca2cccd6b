using Marketplace.Application.Enterprises;
using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class EnterpriseRepository(MarketplaceDbContext db) : IEnterpriseRepository
{
    public void Add(Enterprise enterprise) => db.Enterprises.Add(enterprise);

    public Task<Enterprise?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    public Task<Enterprise?> FindByOwnerAsync(Guid ownerUserId, CancellationToken cancellationToken) =>
        db.Enterprises.FirstOrDefaultAsync(e => e.OwnerUserId == ownerUserId, cancellationToken);

    public async Task<IReadOnlyList<Enterprise>> ListPendingAsync(int limit, CancellationToken cancellationToken) =>
        await db.Enterprises.Where(e => e.Verification == VerificationStatus.Pending)
            .OrderBy(e => e.CreatedAt).Take(limit).ToListAsync(cancellationToken);

    public Task<Guid?> FindIdByOwnerAsync(Guid ownerUserId, CancellationToken cancellationToken) =>
        db.Enterprises.Where(e => e.OwnerUserId == ownerUserId).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);

    public Task<int> CountVerifiedAsync(CancellationToken cancellationToken) =>
        db.Enterprises.CountAsync(e => e.Verification == VerificationStatus.Verified, cancellationToken);
}
