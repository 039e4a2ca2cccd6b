using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Bulk;
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
    private readonly AliasedIndex _index = new(client, $"{indexPrefix}-caregivers", CaregiverMapping.CreateIndex);

    public async Task<CaregiverSearchResult> SearchAsync(CaregiverSearchQuery query, CancellationToken cancellationToken)
    {
        var answer = await _index.SearchAsync<CaregiverSummary>(CaregiverSearchRequest.For(_index.Alias, query), cancellationToken);
        if (answer is null)
        {
            return new CaregiverSearchResult(0, [], new SearchFacets(new Dictionary<string, int>(), new Dictionary<string, int>()), query.Page, query.PageSize);
        }

        return new CaregiverSearchResult(
            (int)answer.Total,
            [.. answer.Documents.Select(caregiver => caregiver.ToHit(query))],
            new SearchFacets(Buckets(answer, CaregiverSearchRequest.SkillsFacet), Buckets(answer, CaregiverSearchRequest.LanguagesFacet)),
            query.Page,
            query.PageSize);
    }

    public async Task UpsertAsync(CaregiverDocument document, long version, CancellationToken cancellationToken)
    {
        var targets = await _index.WriteTargetsAsync(cancellationToken);
        await client.WriteAsync([.. targets.Select(index => Write(index, document, version))], cancellationToken);
    }

    public async Task DeleteAsync(Guid caregiverId, long version, CancellationToken cancellationToken)
    {
        var targets = await _index.WriteTargetsAsync(cancellationToken);
        await client.WriteAsync([.. targets.Select(index => BulkWrites.DeleteAt(index, caregiverId, version))], cancellationToken);
    }

    public Task ReplaceAllAsync(IAsyncEnumerable<CaregiverDocument> documents, long version, CancellationToken cancellationToken) =>
        _index.ReplaceAllAsync(documents, (index, document) => Write(index, document, version), version, cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken) => _index.CountAsync(cancellationToken);

    private static BulkIndexOperation<CaregiverSource> Write(string index, CaregiverDocument caregiver, long version) =>
        BulkWrites.IndexAt(index, caregiver.Id, CaregiverSource.Of(caregiver), version);

    /// <summary>Counts by term. The client asks for typed keys (<c>sterms#skills</c>) and reads them back as string terms.</summary>
    private static Dictionary<string, int> Buckets(SearchResponse<CaregiverSummary> answer, string facet) =>
        answer.Aggregations?.TryGetAggregate<StringTermsAggregate>(facet, out var terms) == true
            ? terms.Buckets.ToDictionary(bucket => bucket.Key.ToString(), bucket => (int)bucket.DocCount, StringComparer.Ordinal)
            : [];
}
