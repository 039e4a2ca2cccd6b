using Marketplace.Application.Families;
using Marketplace.Infrastructure.Persistence.Entries;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class RecipientAccessLog(MarketplaceDbContext db, TimeProvider clock) : IRecipientAccessLog
{
    public async Task RecordAsync(HealthDataReader reader, IReadOnlyCollection<HealthDataRead> reads, CancellationToken cancellationToken)
    {
        if (reads.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        db.RecipientAccessLog.AddRange(reads.Select(read => new RecipientAccess
        {
            Id = Guid.CreateVersion7(now),
            RecipientId = read.RecipientId,
            Record = read.Record,
            RecordId = read.RecordId,
            Purpose = read.Purpose,
            ViewerUserId = reader.UserId,
            ViewerRole = reader.Role,
            ViewedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
