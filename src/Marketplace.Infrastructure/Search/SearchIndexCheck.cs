using Marketplace.Infrastructure.Search.Lucene;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.Infrastructure.Search;

/// <summary>The search index opens and answers; its document count is shown beside the outbox lag.</summary>
public sealed class SearchIndexCheck(LuceneCaregiverIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var count = index.Count;
        return Task.FromResult(HealthCheckResult.Healthy($"{count} caregivers indexed", new Dictionary<string, object> { ["caregivers"] = count }));
    }
}
