using Marketplace.Application.Search;
using Marketplace.Application.Search.Services;
using Marketplace.Infrastructure.Search.Elasticsearch;
using Marketplace.Infrastructure.Search.Lucene;
using Marketplace.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Search.Elasticsearch;

/// <summary><c>Search:Engine</c> picks the adapter behind both search ports; Elasticsearch without a URL is refused with a clear message.</summary>
public sealed class SearchEngineSelectionTests
{
    [Fact]
    public void Elasticsearch_ServesBothIndexes_WhenConfigured()
    {
        using var provider = InfrastructureServices.With(new() { ["Search:Engine"] = "Elasticsearch", ["Search:Elasticsearch:Url"] = "http://cluster.test:9200" });

        Assert.IsType<ElasticsearchCaregiverIndex>(provider.GetRequiredService<ICaregiverSearchIndex>());
        Assert.IsType<ElasticsearchServiceIndex>(provider.GetRequiredService<IServiceSearchIndex>());
    }

    [Fact]
    public void Lucene_IsTheDefault()
    {
        using var provider = InfrastructureServices.With([]);

        Assert.IsType<LuceneCaregiverIndex>(provider.GetRequiredService<ICaregiverSearchIndex>());
        Assert.IsType<LuceneServiceIndex>(provider.GetRequiredService<IServiceSearchIndex>());
    }

    [Fact]
    public void Elasticsearch_WithoutAUrl_SaysWhichSettingIsMissing()
    {
        using var provider = InfrastructureServices.With(new() { ["Search:Engine"] = "Elasticsearch" });

        var failure = Assert.Throws<InvalidOperationException>(provider.GetRequiredService<ICaregiverSearchIndex>);
        Assert.Contains("Search:Elasticsearch:Url", failure.Message, StringComparison.Ordinal);
    }
}
