using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.TestSupport;

/// <summary>Waiting for the outbox, which sends in the background after a command returned.</summary>
public static class OutboxWaits
{
    /// <summary>Waits (as <see cref="Eventually"/>) until no message naming <paramref name="about"/> (a booking, say) is left to send or retry.</summary>
    public static Task<string> OutboxDoneAsync(this MarketplaceAppFactory app, Guid about) =>
        Eventually.FoundAsync(
            () => app.InScopeAsync(async services => await services.GetRequiredService<MarketplaceDbContext>().OutboxMessages
                .AnyAsync(m => m.ProcessedAt == null && m.DeadAt == null && m.Payload.Contains(about.ToString())) ? null : "done"),
            $"messages about {about} still waiting in the outbox");
}
