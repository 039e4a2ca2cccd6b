using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// A save interceptor that adds outbox messages (and other rows) for what the save changes, just before it is written,
/// so they commit or roll back with the change, whether the save is asynchronous or not. A capture changes the save
/// only through the change tracker (adding rows, setting a property through its entry) or in unmapped members: a
/// command's save detects changes once, before the interceptors run (UnitOfWork), so a mapped property set through
/// its setter here would not be written.
/// </summary>
internal abstract class OutboxSaveCapture : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            Capture(context);
        }

        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            Capture(context);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    protected abstract void Capture(DbContext context);
}
