using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class CaregiverRepository(MarketplaceDbContext db) : ICaregiverRepository
{
    public void Add(Caregiver caregiver) => db.Caregivers.Add(caregiver);

    public Task<Caregiver?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Caregivers.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Caregiver?> FindByUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Caregivers.FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);

    public Task<Guid?> FindIdByUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Caregivers.Where(c => c.UserId == userId).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Caregiver>> ListPendingAsync(int limit, CancellationToken cancellationToken) =>
        await db.Caregivers.Where(c => c.Verification == VerificationStatus.Pending)
            .OrderBy(c => c.CreatedAt).Take(limit).ToListAsync(cancellationToken);

    public async Task<CaregiverSupply> SummarizeVerifiedAsync(CancellationToken cancellationToken)
    {
        var verified = db.Caregivers.Where(c => c.Verification == VerificationStatus.Verified);
        var count = await verified.CountAsync(cancellationToken);
        var lowest = await verified.OrderBy(c => c.HourlyRate).Select(c => c.HourlyRate).FirstOrDefaultAsync(cancellationToken);
        return new CaregiverSupply(count, lowest);
    }
}
