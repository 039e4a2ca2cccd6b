using Marketplace.Infrastructure.Search.Elasticsearch;

namespace Marketplace.IntegrationTests.Search.Elasticsearch;

/// <summary>The official client signs its requests in with the configured API key, or else the user name and password.</summary>
public sealed class ClusterSettingsTests
{
    private static readonly Uri Url = new("http://cluster.test:9200");

    [Fact]
    public async Task AnApiKey_IsSent_AndPreferredOverAUserNameAndPassword()
    {
        var authorization = await AuthorizationSentWith(new ElasticsearchOptions { Url = Url, ApiKey = "a2V5LWlkOmtleS1zZWNyZXQ=", Username = "peduli", Password = "secret" });

        Assert.Equal("ApiKey a2V5LWlkOmtleS1zZWNyZXQ=", authorization);
    }

    [Fact]
    public async Task AUserNameAndPassword_AreSentAsBasicAuthentication()
    {
        var authorization = await AuthorizationSentWith(new ElasticsearchOptions { Url = Url, Username = "peduli", Password = "secret" });

        Assert.Equal($"Basic {Convert.ToBase64String("peduli:secret"u8.ToArray())}", authorization);
    }

    [Fact]
    public async Task WithoutCredentials_NoAuthorizationIsSent()
    {
        Assert.Null(await AuthorizationSentWith(new ElasticsearchOptions { Url = Url }));
    }

    private static async Task<string?> AuthorizationSentWith(ElasticsearchOptions options)
    {
        var cluster = new RecordingCluster();
        await new ElasticsearchCaregiverIndex(cluster.Client(options), "peduli").CountAsync(CancellationToken.None);
        return Assert.Single(cluster.Requests).Authorization;
    }
}
