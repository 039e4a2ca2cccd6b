using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Marketplace.Application.Search.Services;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Daycares and clinic stops on an Elasticsearch cluster, behind the alias <c>{prefix}-services</c>.
/// Replacing a listing writes its documents at the new version, then removes the listing's documents
/// that are older: stops that no longer exist, or all of them when it is unpublished.
/// </summary>
internal sealed class ElasticsearchServiceIndex(ElasticsearchClient client, string indexPrefix) : IServiceSearchIndex
{
    private readonly AliasedIndex _index = new(client, $"{indexPrefix}-services", ServiceMapping.CreateIndex);

    public async Task<ServiceSearchResult> SearchAsync(ServiceSearchQuery query, CancellationToken cancellationToken)
    {
        var answer = await _index.SearchAsync<ServiceSource>(ServiceMapping.Search(_index.Alias, query), cancellationToken);
        return answer is null
            ? new ServiceSearchResult(0, [], query.Page, query.PageSize)
            : new ServiceSearchResult((int)answer.Total, [.. answer.Documents.Select(service => service.ToHit(query))], query.Page, query.PageSize);
    }

    public async Task ReplaceListingAsync(Guid listingId, IReadOnlyList<ServiceDocument> documents, long version, CancellationToken cancellationToken)
    {
        var targets = await _index.WriteTargetsAsync(cancellationToken);
        await client.WriteAsync([.. targets.SelectMany(index => documents.Select(document => Write(index, document, version)))], cancellationToken);

        // A document that a concurrent write changed under the delete is left to that write rather than failing the call.
        var olderDocuments = new DeleteByQueryRequest(targets.ToArray()) { Conflicts = Conflicts.Proceed, Query = ServiceMapping.OlderDocumentsOf(listingId, version) };
        (await client.DeleteByQueryAsync(olderDocuments, cancellationToken)).Succeeded(cancellationToken);
    }

    public Task ReplaceAllAsync(IAsyncEnumerable<ServiceDocument> documents, long version, CancellationToken cancellationToken) =>
        _index.ReplaceAllAsync(documents, (index, document) => Write(index, document, version), version, cancellationToken);

    private static BulkIndexOperation<ServiceSource> Write(string index, ServiceDocument service, long version) =>
        BulkWrites.IndexAt(index, service.Id, ServiceSource.Of(service, version), version);
}
