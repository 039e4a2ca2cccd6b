using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks;

internal static class QuietOutbox
{
    /// <summary>Seeding queues outbox messages (index updates, emails); a measurement starts once they are done.</summary>
    public static Task WaitForQuietOutboxAsync(this MarketplaceAppFactory app) => Eventually.TrueAsync(
        async () => !await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().OutboxMessages.AnyAsync(m => m.ProcessedAt == null)),
        "the outbox drained",
        TimeSpan.FromMinutes(5));
}
