namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary><c>Search:Elasticsearch:*</c>: the cluster used when <c>Search:Engine</c> is <c>Elasticsearch</c>.</summary>
public sealed class ElasticsearchOptions
{
    public const string Section = "Search:Elasticsearch";

    /// <summary>The cluster's address, e.g. <c>https://search.example:9200</c>.</summary>
    public Uri? Url { get; set; }

    /// <summary>An API key (the base64 <c>encoded</c> form); preferred over a user name and password.</summary>
    public string? ApiKey { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Names start with this, so one cluster can hold several deployments (<c>peduli-caregivers</c>, <c>peduli-services</c>).</summary>
    public string IndexPrefix { get; set; } = "peduli";
}
