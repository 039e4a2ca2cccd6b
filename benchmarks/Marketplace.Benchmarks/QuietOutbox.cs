using System.Diagnostics;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks;

internal static class QuietOutbox
{
    /// <summary>
    /// Seeding queues outbox messages (index updates, emails); a measurement starts once they are done. Asked as the
    /// dispatcher asks (undelivered and not dead), so that the question is answered from the pending messages' index
    /// rather than by reading every message the run has delivered, which took PostgreSQL 7 ms a time.
    /// </summary>
    public static Task WaitForQuietOutboxAsync(this MarketplaceAppFactory app) => Eventually.TrueAsync(
        async () => !await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().OutboxMessages
            .AnyAsync(m => m.ProcessedAt == null && m.DeadAt == null)),
        "the outbox drained",
        TimeSpan.FromMinutes(5));

    /// <summary>
    /// How long after the timed requests their side effects (emails, search-index updates) were all done: the
    /// dispatcher shares the cores with the requests, and a backlog it has not worked off is load not yet paid for.
    /// </summary>
    public static async Task<TimeSpan> TimeUntilQuietOutboxAsync(this MarketplaceAppFactory app)
    {
        var clock = Stopwatch.StartNew();
        await app.WaitForQuietOutboxAsync();
        return clock.Elapsed;
    }
}
