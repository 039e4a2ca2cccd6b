using Marketplace.Application.Search.Services;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Daycares and clinic stops on an Elasticsearch cluster, behind the alias <c>{prefix}-services</c>.
/// Replacing a listing writes its documents at the new version, then removes the listing's documents
/// that are older: stops that no longer exist, or all of them when it is unpublished.
/// </summary>
internal sealed class ElasticsearchServiceIndex(ElasticsearchClient client, string indexPrefix) : IServiceSearchIndex
{
    private readonly AliasedIndex _index = new(client, $"{indexPrefix}-services", ServiceMapping.Definition);

    public async Task<ServiceSearchResult> SearchAsync(ServiceSearchQuery query, CancellationToken cancellationToken)
    {
        var answer = await _index.SearchAsync(ServiceMapping.Search(query), cancellationToken);
        if (answer is null)
        {
            return new ServiceSearchResult(0, [], query.Page, query.PageSize);
        }

        var hits = answer["hits"]!;
        return new ServiceSearchResult(
            hits["total"]!["value"]!.GetValue<int>(),
            [.. hits["hits"]!.AsArray().Select(hit => ServiceMapping.ToHit(hit!["_source"]!, query))],
            query.Page,
            query.PageSize);
    }

    public async Task ReplaceListingAsync(Guid listingId, IReadOnlyList<ServiceDocument> documents, long version, CancellationToken cancellationToken)
    {
        var targets = await _index.WriteTargetsAsync(cancellationToken);
        await client.BulkAsync([.. targets.SelectMany(index => documents.SelectMany(document => ServiceMapping.IndexLines(index, document, version)))], cancellationToken);
        await client.SendAsync(
            HttpMethod.Post, $"{string.Join(',', targets)}/_delete_by_query?conflicts=proceed", ServiceMapping.OlderDocumentsOf(listingId, version), cancellationToken);
    }

    public Task ReplaceAllAsync(IAsyncEnumerable<ServiceDocument> documents, long version, CancellationToken cancellationToken) =>
        _index.ReplaceAllAsync(documents, (index, document) => ServiceMapping.IndexLines(index, document, version), version, cancellationToken);
}
