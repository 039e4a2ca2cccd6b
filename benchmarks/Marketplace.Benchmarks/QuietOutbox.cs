using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks;

internal static class QuietOutbox
{
    /// <summary>Seeding queues outbox messages (index updates, emails); a measurement starts once they are done.</summary>
    public static async Task WaitForQuietOutboxAsync(this MarketplaceAppFactory app)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().OutboxMessages.CountAsync(m => m.ProcessedAt == null)) > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The outbox did not drain within 5 minutes.");
            }

            await Task.Delay(200);
        }
    }
}
