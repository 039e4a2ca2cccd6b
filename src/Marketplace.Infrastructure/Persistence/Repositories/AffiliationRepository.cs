using Marketplace.Application.Affiliations;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class AffiliationRepository(MarketplaceDbContext db) : IAffiliationRepository
{
    public void Add(Affiliation affiliation) => db.Affiliations.Add(affiliation);

    public Task<Affiliation?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Affiliations.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<bool> HasOpenAsync(Guid enterpriseId, Guid caregiverId, CancellationToken cancellationToken) =>
        db.Affiliations.AnyAsync(
            a => a.EnterpriseId == enterpriseId && a.CaregiverId == caregiverId
                && (a.Status == AffiliationStatus.Invited || a.Status == AffiliationStatus.Accepted),
            cancellationToken);

    public async Task<IReadOnlyList<AffiliationView>> ListAsync(Guid? enterpriseId, Guid? caregiverId, CancellationToken cancellationToken)
    {
        var query = db.Affiliations.AsQueryable();
        if (enterpriseId is { } enterprise)
        {
            query = query.Where(a => a.EnterpriseId == enterprise);
        }

        if (caregiverId is { } caregiver)
        {
            query = query.Where(a => a.CaregiverId == caregiver);
        }

        return await (
            from a in query
            join e in db.Enterprises on a.EnterpriseId equals e.Id
            join c in db.Caregivers on a.CaregiverId equals c.Id
            orderby a.InvitedAt descending
            select new AffiliationView(a.Id, e.Id, e.Name, c.Id, c.FullName, a.Status, a.InvitedAt, a.AnsweredAt))
            .ToListAsync(cancellationToken);
    }
}
