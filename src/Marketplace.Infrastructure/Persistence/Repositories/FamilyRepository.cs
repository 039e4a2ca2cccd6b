using Marketplace.Application.Families;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class FamilyRepository(MarketplaceDbContext db) : IFamilyRepository
{
    public void Add(Family family) => db.Families.Add(family);

    public Task<Guid?> FindIdByUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Families.Where(f => f.UserId == userId).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(cancellationToken);

    public Task<Family?> FindByUserAsync(Guid userId, CancellationToken cancellationToken) =>
        WithRecipients().FirstOrDefaultAsync(f => f.UserId == userId, cancellationToken);

    public Task<Family?> ReadByUserAsync(Guid userId, CancellationToken cancellationToken) =>
        WithRecipients().AsNoTracking().FirstOrDefaultAsync(f => f.UserId == userId, cancellationToken);

    public Task<Family?> FindByRecipientAsync(Guid recipientId, CancellationToken cancellationToken) =>
        WithRecipients().FirstOrDefaultAsync(f => f.Recipients.Any(r => r.Id == recipientId), cancellationToken);

    public Task<bool> IsManagedByAsync(Guid familyId, Guid caregiverUserId, CancellationToken cancellationToken) =>
        db.Families.AnyAsync(
            f => f.Id == familyId && db.Caregivers.Any(c => c.Id == f.CareManagerId && c.UserId == caregiverUserId && c.IsCareManager),
            cancellationToken);

    public async Task<IReadOnlyList<Family>> ListManagedByAsync(Guid caregiverUserId, CancellationToken cancellationToken) =>
        await db.Families.Include(f => f.Recipients)
            .Where(f => db.Caregivers.Any(c => c.Id == f.CareManagerId && c.UserId == caregiverUserId && c.IsCareManager))
            .ToListAsync(cancellationToken);

    // One query, not the context's split default: the collections nest (recipients, each with preferred caregivers)
    // rather than sit side by side, so the join has a row per preferred caregiver and multiplies nothing, and a booking
    // request reads its family in one round trip instead of three.
    private IQueryable<Family> WithRecipients() => db.Families.Include(f => f.Recipients).AsSingleQuery();
}
