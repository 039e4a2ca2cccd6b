using Marketplace.Application.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.Infrastructure.Search;

/// <summary>The search engine answers; its caregiver count is shown beside the outbox lag.</summary>
public sealed class SearchIndexCheck(ICaregiverSearchIndex index) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await index.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{count} caregivers indexed", new Dictionary<string, object> { ["caregivers"] = count });
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            // Elasticsearch is a network away; the embedded index cannot fail like this.
            return HealthCheckResult.Unhealthy("The search engine does not answer", failure);
        }
    }
}
