using System.Text.Json;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Elastic.Clients.Elasticsearch.IndexManagement;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>
/// An Elasticsearch index that searches and writes reach through an alias, so a full rebuild fills a new
/// index and swaps the alias over in one atomic step: searches never see a half-built index. While a
/// rebuild runs, its index also carries a second alias (<c>…-building</c>), and every write goes to both,
/// so a change made during the rebuild is not lost when the alias swaps. External versions decide which
/// write wins in each index.
/// </summary>
internal sealed class AliasedIndex(ElasticsearchClient client, string alias, Func<IndexName, CreateIndexRequest> definition)
{
    private const int BulkSize = 1_000;

    // A JSON null: the value that resets an index setting to the cluster's default.
    private static readonly object DefaultSetting = JsonDocument.Parse("null").RootElement;

    /// <summary>The name searches read through.</summary>
    public string Alias => alias;

    private string Building => $"{alias}-building";

    /// <summary>
    /// The indexes a write must reach: the one behind the alias and the one being built, if any. The first
    /// write to a new cluster creates the index with its mappings, never letting Elasticsearch guess them.
    /// </summary>
    /// <exception cref="ElasticsearchException">The cluster did not answer, or no index could be created.</exception>
    public async Task<IReadOnlyList<string>> WriteTargetsAsync(CancellationToken cancellationToken)
    {
        // The pattern names both aliases, and unlike a list of names it is no error when one is missing.
        var both = $"{alias}*";
        var targets = await IndexesBehindAsync(both, cancellationToken);
        if (targets.Count > 0)
        {
            return targets;
        }

        var created = definition($"{alias}-initial");
        created.Aliases = new Dictionary<Name, Alias> { [alias] = new Alias() };
        try
        {
            (await client.Indices.CreateAsync(created, cancellationToken)).Succeeded(cancellationToken);
        }
        catch (ElasticsearchException)
        {
            // Another instance may have created it first: the lookup below tells.
        }

        targets = await IndexesBehindAsync(both, cancellationToken);
        return targets.Count > 0 ? targets : throw new ElasticsearchException($"The index behind '{alias}' could not be created.");
    }

    /// <summary>Fills a new index with <paramref name="documents"/> (each written as <paramref name="write"/> says), then swaps the alias to it.</summary>
    /// <exception cref="ElasticsearchException">
    /// A step failed. When filling fails, the alias still names the old index and the half-built one is deleted.
    /// </exception>
    public async Task ReplaceAllAsync<T>(
        IAsyncEnumerable<T> documents, Func<string, T, IBulkOperation> write, long version, CancellationToken cancellationToken)
    {
        var next = $"{alias}-{version}";
        var created = definition(next);
        created.Aliases = new Dictionary<Name, Alias> { [Building] = new Alias() };
        created.Settings ??= new IndexSettings();
        created.Settings.RefreshInterval = Duration.MinusOne;
        (await client.Indices.CreateAsync(created, cancellationToken)).Succeeded(cancellationToken);

        try
        {
            await FillAsync(next, documents, write, cancellationToken);
        }
        catch
        {
            // The alias never moved: searches still read the old index. The half-built one goes; should that fail
            // too, the failure of the fill is still the one worth reporting.
            await client.Indices.DeleteAsync(new DeleteIndexRequest(next), CancellationToken.None);
            throw;
        }

        var old = await IndexesBehindAsync(alias, cancellationToken);
        List<IndexUpdateAliasesAction> actions =
        [
            new AddAction { Index = next, Alias = alias },
            new RemoveAction { Index = next, Alias = Building },
            .. old.Select(index => (IndexUpdateAliasesAction)new RemoveAction { Index = index, Alias = alias }),
        ];
        (await client.Indices.UpdateAliasesAsync(new UpdateAliasesRequest { Actions = actions }, cancellationToken)).Succeeded(cancellationToken);
        if (old.Count > 0)
        {
            (await client.Indices.DeleteAsync(new DeleteIndexRequest(old.ToArray()), cancellationToken)).Succeeded(cancellationToken);
        }
    }

    private async Task FillAsync<T>(string index, IAsyncEnumerable<T> documents, Func<string, T, IBulkOperation> write, CancellationToken cancellationToken)
    {
        var batch = new List<IBulkOperation>(BulkSize);
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            batch.Add(write(index, document));
            if (batch.Count >= BulkSize)
            {
                await client.WriteAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        await client.WriteAsync(batch, cancellationToken);

        // Reset rather than set to 1s: only an index without an explicit interval skips refreshes while nobody
        // searches it. IndexSettings.RefreshInterval cannot say "reset" (the client leaves a null out of the
        // body, which changes nothing), so the null goes through the settings the typed shape leaves open.
        var defaultRefresh = new IndexSettings { OtherSettings = new Dictionary<string, object> { ["refresh_interval"] = DefaultSetting } };
        var reset = new PutIndicesSettingsRequest(index, new IndexSettings { Index = defaultRefresh });
        (await client.Indices.PutSettingsAsync(reset, cancellationToken)).Succeeded(cancellationToken);
        (await client.Indices.RefreshAsync(new RefreshRequest(index), cancellationToken)).Succeeded(cancellationToken);
    }

    /// <summary>Runs a search through the alias; null when nothing was ever indexed on this cluster.</summary>
    /// <exception cref="ElasticsearchException">Any answer but success or 404.</exception>
    public async Task<SearchResponse<T>?> SearchAsync<T>(SearchRequest request, CancellationToken cancellationToken) =>
        (await client.SearchAsync<T>(request, cancellationToken)).SucceededOrNotFound(cancellationToken);

    /// <summary>How many documents the alias holds; 0 when nothing was ever indexed on this cluster.</summary>
    /// <exception cref="ElasticsearchException">Any answer but success or 404.</exception>
    public async Task<long> CountAsync(CancellationToken cancellationToken) =>
        (await client.CountAsync(new CountRequest(alias), cancellationToken)).SucceededOrNotFound(cancellationToken)?.Count ?? 0;

    private async Task<IReadOnlyList<string>> IndexesBehindAsync(string aliases, CancellationToken cancellationToken)
    {
        var answer = await client.Indices.GetAliasAsync(new GetAliasRequest((Names)aliases), cancellationToken);
        return answer.SucceededOrNotFound(cancellationToken)?.Aliases?.Keys.ToList() ?? [];
    }
}
