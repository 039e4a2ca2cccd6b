using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// Named locks held until the current transaction ends: writers of one thing (an e-mail address, a caregiver's time)
/// take turns on a server that runs transactions side by side. PostgreSQL takes an advisory lock on the name's 64-bit
/// hash (two names sharing a hash only wait for each other); SQL Server an application lock on the name. SQLite needs
/// none: its writers take turns already (<see cref="WriteTurns"/>). Outside a transaction the lock would end with its
/// own statement, so callers take it inside one.
/// </summary>
internal static class TransactionLocks
{
    /// <summary>Waits until this transaction holds <paramref name="name"/>; the lock ends with the transaction.</summary>
    public static async Task TakeAsync(DatabaseFacade database, string name, CancellationToken cancellationToken)
    {
        if (Statement(database, name) is { } statement)
        {
            await database.ExecuteSqlAsync(statement, cancellationToken);
        }
    }

    /// <inheritdoc cref="TakeAsync"/>
    public static void Take(DatabaseFacade database, string name)
    {
        if (Statement(database, name) is { } statement)
        {
            database.ExecuteSql(statement);
        }
    }

    private static FormattableString? Statement(DatabaseFacade database, string name)
    {
        if (database.IsNpgsql())
        {
            return $"SELECT pg_advisory_xact_lock(hashtextextended({name}, 0))";
        }

        if (database.IsSqlServer())
        {
            return $"EXEC sp_getapplock @Resource = {name}, @LockMode = 'Exclusive', @LockOwner = 'Transaction'";
        }

        return null;
    }
}
