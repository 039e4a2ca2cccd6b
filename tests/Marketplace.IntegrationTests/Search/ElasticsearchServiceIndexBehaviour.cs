using Marketplace.Application.Search.Services;
using Marketplace.Infrastructure.Search.Elasticsearch;

namespace Marketplace.IntegrationTests.Search;

/// <summary>The shared services behaviour on the Elasticsearch cluster at <c>ELASTICSEARCH_URL</c> (see <see cref="ElasticsearchCaregiverIndexBehaviour"/>).</summary>
[Trait("Engine", "Elasticsearch")]
public sealed class ElasticsearchServiceIndexBehaviour : ServiceIndexBehaviour
{
    private readonly string _prefix = $"peduli-test-{Guid.NewGuid():N}";
    private readonly ElasticsearchClient _client = new(ElasticsearchClient.Connect(ElasticsearchCaregiverIndexBehaviour.Cluster()));

    public override async Task DisposeAsync() =>
        await _client.SendOrNotFoundAsync(HttpMethod.Delete, $"{_prefix}-*", null, CancellationToken.None);

    protected override Task<IServiceSearchIndex> CreateIndexAsync() =>
        Task.FromResult<IServiceSearchIndex>(new ElasticsearchServiceIndex(_client, _prefix));

    protected override async Task SettleAsync() =>
        await _client.SendAsync(HttpMethod.Post, $"{_prefix}-services/_refresh", null, CancellationToken.None);
}
