using Marketplace.Application.Families;
using Marketplace.Infrastructure.Persistence.Entries;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class RecipientAccessLog(MarketplaceDbContext db, TimeProvider clock) : IRecipientAccessLog
{
    public async Task RecordAsync(IReadOnlyCollection<Guid> recipientIds, Guid viewerUserId, string viewerRole, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        db.RecipientAccessLog.AddRange(recipientIds.Select(id => new RecipientAccess
        {
            Id = Guid.CreateVersion7(now),
            RecipientId = id,
            ViewerUserId = viewerUserId,
            ViewerRole = viewerRole,
            ViewedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
