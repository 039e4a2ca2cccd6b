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

    /// <summary>
    /// How often the embedded index makes its writes durable (1 s by default). Writes are searchable at once;
    /// what a crash loses of them is delivered again from the outbox at the next start.
    /// </summary>
    public TimeSpan CommitEvery { get; set; } = TimeSpan.FromSeconds(1);
}

public enum SearchEngine
{
    Lucene,
    Elasticsearch,
}
