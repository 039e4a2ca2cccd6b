using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>How the official client reaches the cluster named in <see cref="ElasticsearchOptions"/>.</summary>
internal static class ClusterSettings
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Settings for the cluster at <see cref="ElasticsearchOptions.Url"/>, signed in with its API key or else its user
    /// name and password (basic authentication), 30 s per request. <paramref name="requestInvoker"/> replaces the
    /// client's HTTP layer (tests record requests through it); by default the client's own is used, which renews its
    /// connections every 5 minutes so that a cluster's changed DNS entries are followed.
    /// </summary>
    /// <exception cref="InvalidOperationException">No URL is configured.</exception>
    public static ElasticsearchClientSettings For(ElasticsearchOptions options, IRequestInvoker? requestInvoker = null)
    {
        var url = options.Url
            ?? throw new InvalidOperationException($"{ElasticsearchOptions.Section}:Url is required when {SearchOptions.Section}:Engine is Elasticsearch.");

        // Not throwing is the client's default, made explicit: a 404 is an answer here (nothing indexed yet), and
        // ClusterAnswers turns every other failure into an ElasticsearchException with what the cluster said.
        var settings = new ElasticsearchClientSettings(new SingleNodePool(url), requestInvoker ?? new HttpRequestInvoker())
            .RequestTimeout(RequestTimeout)
            .ThrowExceptions(false);
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            settings.Authentication(new ApiKey(options.ApiKey));
        }
        else if (!string.IsNullOrEmpty(options.Username))
        {
            settings.Authentication(new BasicAuthentication(options.Username, options.Password ?? string.Empty));
        }

        return settings;
    }
}
