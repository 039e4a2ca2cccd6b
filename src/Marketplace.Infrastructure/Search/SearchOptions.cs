namespace Marketplace.Infrastructure.Search;

/// <summary><c>Search:*</c> in configuration.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// The folder of the embedded Lucene index; <c>DataPath/search</c> when empty. One process owns it
    /// (Lucene's write lock): instances that share a database need an index folder each, or Elasticsearch.
    /// </summary>
    public string? IndexPath { get; set; }
}
