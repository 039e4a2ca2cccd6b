using Marketplace.Application.Common.Ports;

namespace Marketplace.Infrastructure.Persistence;

internal sealed class UnitOfWork(MarketplaceDbContext db) : IUnitOfWork
{
    public async ValueTask<TResult> RunInTransactionAsync<TResult>(
        Func<CancellationToken, ValueTask<TResult>> work, CancellationToken cancellationToken)
    {
        // A command sent from inside another command joins the outer transaction.
        if (db.Database.CurrentTransaction is not null)
        {
            var inner = await work(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return inner;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
