using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence;

internal sealed class UnitOfWork(MarketplaceDbContext db, WriteTurns turns) : IUnitOfWork
{
    public async ValueTask<TResult> RunInTransactionAsync<TResult>(
        Func<CancellationToken, ValueTask<TResult>> work, CancellationToken cancellationToken)
    {
        // A command sent from inside another command joins the outer transaction.
        if (db.Database.CurrentTransaction is not null)
        {
            var inner = await work(cancellationToken);
            await SaveAsync(cancellationToken);
            return inner;
        }

        using var turn = await turns.TakeAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // EF Core would wrap each save in a savepoint (two more round trips a command) so that a failed save could be
        // undone alone and the transaction go on. A failed save here always ends the whole transaction: nothing
        // catches a refused save, or a nested command's, and carries on writing.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            var result = await work(cancellationToken);
            await SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            // A page shows itself again after a refusal, in the same request: it must read what is stored, not
            // the tracked objects the refused command changed (a booking "accepted" in memory that another
            // request declined meanwhile). The transaction rolls back as it is disposed.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        // Changes are detected once, here. Left on, every save interceptor that asks the change tracker for its
        // entries (six of them, one twice) compares every tracked property with its snapshot again, and the save once
        // more: eight passes over the aggregates a command read, where one does. The interceptors change what they
        // change through the change tracker (adding rows, setting a version) or in unmapped lists (an aggregate's
        // recorded events), which need no detecting (OutboxSaveCapture).
        db.ChangeTracker.DetectChanges();
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request changed one of these aggregates after this one read it (AggregateVersions).
            throw new BusinessRuleException(AggregateVersions.ChangedMeanwhile);
        }
        catch (DbUpdateException failure) when (DatabaseGuards.RefusalOf(failure) is { } refusal)
        {
            throw refusal;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
