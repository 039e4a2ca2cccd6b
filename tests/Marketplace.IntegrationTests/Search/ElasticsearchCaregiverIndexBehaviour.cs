using Marketplace.Application.Search;
using Marketplace.Infrastructure.Search.Elasticsearch;

namespace Marketplace.IntegrationTests.Search;

/// <summary>The shared caregiver behaviour on a real Elasticsearch cluster (<see cref="TestCluster"/>).</summary>
[Trait("Engine", "Elasticsearch")]
public sealed class ElasticsearchCaregiverIndexBehaviour : CaregiverIndexBehaviour
{
    private readonly TestCluster _cluster = new();

    public override Task DisposeAsync() => _cluster.DeleteAllAsync();

    protected override Task<ICaregiverSearchIndex> CreateIndexAsync() =>
        Task.FromResult<ICaregiverSearchIndex>(new ElasticsearchCaregiverIndex(_cluster.Client, _cluster.Prefix));

    protected override Task SettleAsync() => _cluster.RefreshAsync("caregivers");
}
