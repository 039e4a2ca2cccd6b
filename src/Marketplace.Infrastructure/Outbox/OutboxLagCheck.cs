using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// How far behind the outbox is: the age of the oldest message still being attempted. Degraded past a
/// minute, so a stuck dispatcher or a failing side effect shows on <c>/health/ready</c>. Dead letters are
/// counted apart: they wait for an admin, not for this instance, so they do not keep it degraded.
/// </summary>
public sealed class OutboxLagCheck(MarketplaceDbContext db, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan Tolerated = TimeSpan.FromMinutes(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = db.OutboxMessages.Where(m => m.ProcessedAt == null && m.DeadAt == null);
        var count = await pending.CountAsync(cancellationToken);
        var dead = await db.OutboxMessages.CountAsync(m => m.ProcessedAt == null && m.DeadAt != null, cancellationToken);
        var oldest = await pending.OrderBy(m => m.OccurredAt).Select(m => (DateTimeOffset?)m.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        var age = oldest is { } occurred ? clock.GetUtcNow() - occurred : TimeSpan.Zero;

        // A message written by an instance whose clock runs ahead of this one's is not late yet: no lag below zero.
        var lag = age > TimeSpan.Zero ? age : TimeSpan.Zero;
        var description = FormattableString.Invariant($"{count} pending, lag {lag.TotalSeconds:0.0} s, {dead} dead letters");
        var data = new Dictionary<string, object> { ["pending"] = count, ["lagSeconds"] = Math.Round(lag.TotalSeconds, 1), ["deadLetters"] = dead };
        return lag > Tolerated
            ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
