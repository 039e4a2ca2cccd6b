using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>Versioned writes through <c>_bulk</c>, and which refusals of single items are the versioning at work.</summary>
internal static class BulkWrites
{
    private const int Conflict = 409;
    private const int NotFound = 404;

    /// <summary>An index action that writes <paramref name="document"/> as <paramref name="id"/> unless the index holds a newer version.</summary>
    public static BulkIndexOperation<T> IndexAt<T>(string index, Guid id, T document, long version) =>
        new(document, index) { Id = id.ToString(), Version = version, VersionType = VersionType.External };

    /// <summary>A delete action that removes <paramref name="id"/> unless the index holds a newer version.</summary>
    public static BulkDeleteOperation DeleteAt(string index, Guid id, long version) =>
        new(id.ToString()) { Index = index, Version = version, VersionType = VersionType.External };

    /// <summary>
    /// Sends <paramref name="operations"/> in one <c>_bulk</c> request (none: no request). Items refused for an older
    /// version (409) are the versioning at work, and deletes of missing documents (404) have nothing to do: both pass.
    /// </summary>
    /// <exception cref="ElasticsearchException">The request failed, or the cluster refused any other item, so the outbox retries it.</exception>
    public static async Task WriteAsync(this ElasticsearchClient client, IReadOnlyList<IBulkOperation> operations, CancellationToken cancellationToken)
    {
        if (operations.Count == 0)
        {
            return;
        }

        var response = await client.BulkAsync(new BulkRequest { Operations = [.. operations] }, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        // The client calls a bulk answer with refused items invalid; those items are judged one by one below.
        if (!response.ApiCallDetails.HasSuccessfulStatusCode || (!response.IsValidResponse && !response.Errors))
        {
            throw ClusterAnswers.Refusal(response);
        }

        var refused = response.Items.Where(item => !Accepted(item)).ToList();
        if (refused.Count > 0)
        {
            var reasons = refused.Take(3).Select(item => $"{item.Id}: {item.Error?.Type}: {item.Error?.Reason}");
            throw new ElasticsearchException($"Elasticsearch refused {refused.Count} bulk item(s): {string.Join("; ", reasons)}");
        }
    }

    /// <summary>Done, refused as older than the version held (409), or a delete of what is not there (404).</summary>
    private static bool Accepted(ResponseItem item) =>
        item.Status is >= 200 and < 300 or Conflict || (item.Operation == "delete" && item.Status == NotFound);
}
