using Marketplace.Application.Search.Services;
using Marketplace.Infrastructure.Search.Elasticsearch;

namespace Marketplace.IntegrationTests.Search;

/// <summary>The shared services behaviour on a real Elasticsearch cluster (<see cref="TestCluster"/>).</summary>
[Trait("Engine", "Elasticsearch")]
public sealed class ElasticsearchServiceIndexBehaviour : ServiceIndexBehaviour
{
    private readonly TestCluster _cluster = new();

    public override Task DisposeAsync() => _cluster.DeleteAllAsync();

    protected override Task<IServiceSearchIndex> CreateIndexAsync() =>
        Task.FromResult<IServiceSearchIndex>(new ElasticsearchServiceIndex(_cluster.Client, _cluster.Prefix));

    protected override Task SettleAsync() => _cluster.RefreshAsync("services");
}
