using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// How far behind the outbox is: the age of the oldest undelivered message. Degraded past a minute,
/// so a stuck dispatcher or a failing side effect shows on <c>/health/ready</c>.
/// </summary>
public sealed class OutboxLagCheck(MarketplaceDbContext db, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan Tolerated = TimeSpan.FromMinutes(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = db.OutboxMessages.Where(m => m.ProcessedAt == null);
        var count = await pending.CountAsync(cancellationToken);
        var oldest = await pending.OrderBy(m => m.OccurredAt).Select(m => (DateTimeOffset?)m.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        var lag = oldest is { } occurred ? clock.GetUtcNow() - occurred : TimeSpan.Zero;
        var description = FormattableString.Invariant($"{count} pending, lag {lag.TotalSeconds:0.0} s");
        var data = new Dictionary<string, object> { ["pending"] = count, ["lagSeconds"] = Math.Round(lag.TotalSeconds, 1) };
        return lag > Tolerated
            ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
