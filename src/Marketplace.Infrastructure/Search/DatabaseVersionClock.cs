using Marketplace.Application.Search;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Search;

/// <summary>
/// Search versions from the database server's clock on PostgreSQL and SQL Server, which every app instance
/// shares. A SQLite database belongs to one process, so that process's clock serves, kept from repeating
/// or going backwards. Real time, never the app's <see cref="TimeProvider"/>: versions order reads as they
/// happened, even while tests move the app's clock.
/// </summary>
internal sealed class DatabaseVersionClock(MarketplaceDbContext db) : ISearchVersionClock
{
    private static long s_lastLocal;

    public async Task<long> NextAsync(CancellationToken cancellationToken) => db switch
    {
        PostgresMarketplaceDbContext => await db.Database
            .SqlQueryRaw<long>("""SELECT (extract(epoch FROM clock_timestamp()) * 1000000)::bigint AS "Value" """)
            .SingleAsync(cancellationToken),
        SqlServerMarketplaceDbContext => await db.Database
            .SqlQueryRaw<long>("SELECT DATEDIFF_BIG(microsecond, '19700101', SYSUTCDATETIME()) AS [Value]")
            .SingleAsync(cancellationToken),
        _ => NextLocal(),
    };

    private static long NextLocal()
    {
        var now = (DateTimeOffset.UtcNow.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;
        while (true)
        {
            var last = Interlocked.Read(ref s_lastLocal);
            var next = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref s_lastLocal, next, last) == last)
            {
                return next;
            }
        }
    }
}
