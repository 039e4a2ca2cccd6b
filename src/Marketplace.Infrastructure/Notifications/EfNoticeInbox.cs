using Marketplace.Application.Notifications.Inbox;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Notifications;

internal sealed class EfNoticeInbox(MarketplaceDbContext db, WriteTurns turns) : INoticeInbox
{
    // Called by outbox handlers, outside any command: the notice is saved on its own, before the email is sent. The
    // context is the handler's scope's, holding nothing changed yet, so saving it saves the notice alone.
    public async Task KeepAsync(Notice notice, CancellationToken cancellationToken)
    {
        if (await db.Notices.AnyAsync(n => n.Id == notice.Id, cancellationToken))
        {
            return;
        }

        var entry = db.Notices.Add(notice);
        try
        {
            using var turn = await turns.TakeAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same email handled twice at once (the outbox delivers at least once): one copy is enough.
            if (!await db.Notices.AsNoTracking().AnyAsync(n => n.Id == notice.Id, cancellationToken))
            {
                throw;
            }
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }

    public async Task<IReadOnlyList<Notice>> ListAsync(Guid userId, int skip, int limit, CancellationToken cancellationToken) =>
        await db.Notices.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Skip(skip).Take(limit).ToListAsync(cancellationToken);

    public Task<int> CountAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Notices.CountAsync(n => n.UserId == userId, cancellationToken);

    public Task<int> CountUnreadAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Notices.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);

    // Called by a command, which holds the write turn and its transaction already.
    public Task<int> MarkAllReadAsync(Guid userId, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Notices.Where(n => n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, at), cancellationToken);
}
