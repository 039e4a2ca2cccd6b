using Marketplace.Application.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class ComplaintRepository(MarketplaceDbContext db) : IComplaintRepository
{
    public void Add(Complaint complaint) => db.Complaints.Add(complaint);

    public Task<Complaint?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Complaints.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Complaint?> FindByBookingAsync(Guid bookingId, CancellationToken cancellationToken) =>
        db.Complaints.FirstOrDefaultAsync(c => c.BookingId == bookingId, cancellationToken);

    public async Task<IReadOnlyList<Complaint>> ListAsync(ComplaintStatus? status, int skip, int limit, CancellationToken cancellationToken) =>
        await db.Complaints.AsNoTracking()
            .Where(c => status == null || c.Status == status)
            .OrderBy(c => c.Status == ComplaintStatus.Resolved)
            .ThenBy(c => c.Category != ComplaintCategory.Safety)
            .ThenBy(c => c.FiledAt)
            .ThenBy(c => c.Id)
            .Skip(skip)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public Task<int> CountAsync(ComplaintStatus? status, CancellationToken cancellationToken) =>
        db.Complaints.CountAsync(c => status == null || c.Status == status, cancellationToken);
}
