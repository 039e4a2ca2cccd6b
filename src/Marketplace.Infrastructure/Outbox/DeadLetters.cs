using Marketplace.Application.Common.Outbox;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>The dead letters of the outbox table; a retry is saved with the command that asked for it.</summary>
internal sealed class DeadLetters(MarketplaceDbContext db) : IDeadLetters
{
    public Task<int> CountAsync(CancellationToken cancellationToken) => Dead().CountAsync(cancellationToken);

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(int skip, int limit, CancellationToken cancellationToken) =>
        await Dead().OrderByDescending(m => m.DeadAt).ThenBy(m => m.Id).Skip(skip).Take(limit)
            .Select(m => new DeadLetter(m.Id, m.Type, m.OccurredAt, m.Attempts, m.LastError, m.DeadAt!.Value))
            .ToListAsync(cancellationToken);

    public async Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await Dead().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return false;
        }

        // The last error stays for the record until the next attempt replaces it; with no attempts it is due at once.
        message.DeadAt = null;
        message.Attempts = 0;
        return true;
    }

    private IQueryable<OutboxMessage> Dead() => db.OutboxMessages.Where(m => m.DeadAt != null && m.ProcessedAt == null);
}
