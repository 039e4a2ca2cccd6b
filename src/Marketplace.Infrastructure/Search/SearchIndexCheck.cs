using Marketplace.Application.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.Infrastructure.Search;

/// <summary>
/// The search engine answers; its caregiver count is shown beside the outbox lag. An engine that does not
/// answer (Elasticsearch down) throws, which the health check service reports as Unhealthy.
/// </summary>
public sealed class SearchIndexCheck(ICaregiverSearchIndex index) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var count = await index.CountAsync(cancellationToken);
        return HealthCheckResult.Healthy($"{count} caregivers indexed", new Dictionary<string, object> { ["caregivers"] = count });
    }
}
