using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Marketplace.Infrastructure.Search.Elasticsearch;

namespace Marketplace.IntegrationTests.Search;

/// <summary>
/// Indexes of one test class on the Elasticsearch cluster at <c>ELASTICSEARCH_URL</c>, under a prefix of
/// their own that <see cref="DeleteAllAsync"/> removes, reached through the official client set up as the app
/// sets it up. test.sh runs the classes that use it only when the variable is set and says so loudly when it is
/// not; run directly without it, their tests fail rather than passing unrun.
/// </summary>
internal sealed class TestCluster
{
    public string Prefix { get; } = $"peduli-test-{Guid.NewGuid():N}";

    public ElasticsearchClient Client { get; } = new(ClusterSettings.For(new ElasticsearchOptions
    {
        Url = Environment.GetEnvironmentVariable("ELASTICSEARCH_URL") is { Length: > 0 } url
            ? new Uri(url)
            : throw new InvalidOperationException("ELASTICSEARCH_URL is not set: these tests need an Elasticsearch cluster (for example http://127.0.0.1:9200)."),
        ApiKey = Environment.GetEnvironmentVariable("ELASTICSEARCH_API_KEY"),
        Username = Environment.GetEnvironmentVariable("ELASTICSEARCH_USERNAME"),
        Password = Environment.GetEnvironmentVariable("ELASTICSEARCH_PASSWORD"),
    }));

    /// <summary>Makes every write so far searchable in <c>{prefix}-{name}</c> (Elasticsearch shows writes at its next refresh).</summary>
    public async Task RefreshAsync(string name) =>
        (await Client.Indices.RefreshAsync(new RefreshRequest($"{Prefix}-{name}"))).Succeeded(CancellationToken.None);

    /// <summary>
    /// Deletes the class's indexes by name: clusters refuse deletes by wildcard unless
    /// <c>action.destructive_requires_name</c> is turned off (the default since 8.0).
    /// </summary>
    public async Task DeleteAllAsync()
    {
        var indexes = (await Client.Indices.GetAsync(new GetIndexRequest($"{Prefix}-*"))).Succeeded(CancellationToken.None).Indices.Keys.ToArray();
        if (indexes.Length > 0)
        {
            (await Client.Indices.DeleteAsync(new DeleteIndexRequest(indexes))).Succeeded(CancellationToken.None);
        }
    }
}
