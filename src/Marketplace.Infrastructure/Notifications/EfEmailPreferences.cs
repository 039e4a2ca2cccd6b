using Marketplace.Application.Notifications.Preferences;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Notifications;

/// <summary>The choices are the account's own columns (opt-outs, so an account that never chose gets every email).</summary>
internal sealed class EfEmailPreferences(MarketplaceDbContext db) : IEmailPreferences
{
    public Task<EmailPreferences?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new EmailPreferences(!u.OptedOutOfReminders, !u.OptedOutOfVisitLogs))
            .SingleOrDefaultAsync(cancellationToken);

    // One column updated in place: two requests at once (a mail program's one-click POST sent twice, say) both succeed.
    public async Task<bool> SetAsync(Guid userId, OptionalEmail kind, bool wanted, CancellationToken cancellationToken)
    {
        var account = db.Users.Where(u => u.Id == userId);
        var updated = kind switch
        {
            OptionalEmail.Reminders => await account.ExecuteUpdateAsync(set => set.SetProperty(u => u.OptedOutOfReminders, !wanted), cancellationToken),
            OptionalEmail.VisitLogs => await account.ExecuteUpdateAsync(set => set.SetProperty(u => u.OptedOutOfVisitLogs, !wanted), cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an optional email."),
        };
        return updated == 1;
    }
}
