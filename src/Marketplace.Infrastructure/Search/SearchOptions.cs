namespace Marketplace.Infrastructure.Search;

/// <summary><c>Search:*</c> in configuration.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Which engine serves search: the embedded Lucene index (default) or an Elasticsearch cluster (<c>Search:Elasticsearch:*</c>).</summary>
    public SearchEngine Engine { get; set; } = SearchEngine.Lucene;

    /// <summary>
    /// The folder of the embedded Lucene index; <c>DataPath/search</c> when empty. One process owns it
    /// (Lucene's write lock), and one instance's outbox dispatcher keeps it true: several app instances
    /// sharing a database need Elasticsearch.
    /// </summary>
    public string? IndexPath { get; set; }
}

public enum SearchEngine
{
    Lucene,
    Elasticsearch,
}
