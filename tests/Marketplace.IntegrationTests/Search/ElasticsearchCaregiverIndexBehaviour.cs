using Marketplace.Application.Search;
using Marketplace.Infrastructure.Search.Elasticsearch;

namespace Marketplace.IntegrationTests.Search;

/// <summary>
/// The shared behaviour on a real Elasticsearch cluster at <c>ELASTICSEARCH_URL</c>, in indexes of its own
/// that it deletes afterwards. test.sh runs this class only when the variable is set and says so loudly
/// when it is not; run directly without it, every test here fails rather than passing unrun.
/// </summary>
[Trait("Engine", "Elasticsearch")]
public sealed class ElasticsearchCaregiverIndexBehaviour : CaregiverIndexBehaviour
{
    private readonly string _prefix = $"peduli-test-{Guid.NewGuid():N}";
    private readonly ElasticsearchClient _client = new(ElasticsearchClient.Connect(Cluster()));

    public override async Task DisposeAsync() =>
        await _client.SendOrNotFoundAsync(HttpMethod.Delete, $"{_prefix}-*", null, CancellationToken.None);

    protected override Task<ICaregiverSearchIndex> CreateIndexAsync() =>
        Task.FromResult<ICaregiverSearchIndex>(new ElasticsearchCaregiverIndex(_client, _prefix));

    protected override async Task SettleAsync() =>
        await _client.SendAsync(HttpMethod.Post, $"{_prefix}-caregivers/_refresh", null, CancellationToken.None);

    internal static ElasticsearchOptions Cluster() => new()
    {
        Url = Environment.GetEnvironmentVariable("ELASTICSEARCH_URL") is { Length: > 0 } url
            ? new Uri(url)
            : throw new InvalidOperationException("ELASTICSEARCH_URL is not set: these tests need an Elasticsearch cluster (for example http://127.0.0.1:9200)."),
        ApiKey = Environment.GetEnvironmentVariable("ELASTICSEARCH_API_KEY"),
        Username = Environment.GetEnvironmentVariable("ELASTICSEARCH_USERNAME"),
        Password = Environment.GetEnvironmentVariable("ELASTICSEARCH_PASSWORD"),
    };
}
