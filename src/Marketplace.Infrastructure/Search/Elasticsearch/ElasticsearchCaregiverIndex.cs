using System.Text.Json.Nodes;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The caregiver index on an Elasticsearch cluster, for when one machine is outgrown: several app
/// instances share it, and the outbox dispatcher of any of them keeps it true. Searches read the alias
/// <c>{prefix}-caregivers</c>; writes carry external versions, so a late, older write never replaces a
/// newer document. Changes become searchable at the index's next refresh (1 s by default).
/// </summary>
internal sealed class ElasticsearchCaregiverIndex(ElasticsearchClient client, string indexPrefix) : ICaregiverSearchIndex
{
    private readonly AliasedIndex _index = new(client, $"{indexPrefix}-caregivers", CaregiverMapping.Definition);

    public async Task<CaregiverSearchResult> SearchAsync(CaregiverSearchQuery query, CancellationToken cancellationToken)
    {
        var answer = await _index.SearchAsync(CaregiverQueryBody.Build(query), cancellationToken);
        if (answer is null)
        {
            return new CaregiverSearchResult(0, [], new SearchFacets(new Dictionary<string, int>(), new Dictionary<string, int>()), query.Page, query.PageSize);
        }

        var hits = answer["hits"]!;
        return new CaregiverSearchResult(
            hits["total"]!["value"]!.GetValue<int>(),
            [.. hits["hits"]!.AsArray().Select(hit => CaregiverMapping.ToHit(hit!["_source"]!, query))],
            new SearchFacets(Buckets(answer, "skills"), Buckets(answer, "languages")),
            query.Page,
            query.PageSize);
    }

    public async Task UpsertAsync(CaregiverDocument document, long version, CancellationToken cancellationToken)
    {
        var targets = await _index.WriteTargetsAsync(cancellationToken);
        await client.BulkAsync([.. targets.SelectMany(index => CaregiverMapping.IndexLines(index, document, version))], cancellationToken);
    }

    public async Task DeleteAsync(Guid caregiverId, long version, CancellationToken cancellationToken)
    {
        var targets = await _index.WriteTargetsAsync(cancellationToken);
        await client.BulkAsync([.. targets.Select(index => CaregiverMapping.DeleteLine(index, caregiverId, version))], cancellationToken);
    }

    public Task ReplaceAllAsync(IAsyncEnumerable<CaregiverDocument> documents, long version, CancellationToken cancellationToken) =>
        _index.ReplaceAllAsync(documents, (index, document) => CaregiverMapping.IndexLines(index, document, version), version, cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken) => _index.CountAsync(cancellationToken);

    private static Dictionary<string, int> Buckets(JsonNode answer, string aggregation) =>
        answer["aggregations"]![aggregation]!["buckets"]!.AsArray()
            .ToDictionary(bucket => bucket!["key"]!.GetValue<string>(), bucket => bucket!["doc_count"]!.GetValue<int>(), StringComparer.Ordinal);
}
