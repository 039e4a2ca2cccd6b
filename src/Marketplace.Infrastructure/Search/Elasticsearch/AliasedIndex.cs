using System.Text.Json.Nodes;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>
/// An Elasticsearch index that searches and writes reach through an alias, so a full rebuild fills a new
/// index and swaps the alias over in one atomic step: searches never see a half-built index. While a
/// rebuild runs, its index also carries a second alias (<c>…-building</c>), and every write goes to both,
/// so a change made during the rebuild is not lost when the alias swaps. External versions decide which
/// write wins in each index.
/// </summary>
internal sealed class AliasedIndex(ElasticsearchClient client, string alias, Func<JsonObject> definition)
{
    private const int BulkSize = 1_000;

    private string Building => $"{alias}-building";

    /// <summary>
    /// The indexes a write must reach: the one behind the alias and the one being built, if any. The first
    /// write to a new cluster creates the index with its mappings, never letting Elasticsearch guess them.
    /// </summary>
    public async Task<IReadOnlyList<string>> WriteTargetsAsync(CancellationToken cancellationToken)
    {
        // The pattern names both aliases, and unlike a list of names it is no error when one is missing.
        var both = $"{alias}*";
        var targets = await IndexesBehindAsync(both, cancellationToken);
        if (targets.Count > 0)
        {
            return targets;
        }

        var created = definition();
        created["aliases"] = new JsonObject { [alias] = new JsonObject() };
        try
        {
            await client.SendAsync(HttpMethod.Put, $"{alias}-initial", created, cancellationToken);
        }
        catch (ElasticsearchException)
        {
            // Another instance may have created it first: the lookup below tells.
        }

        targets = await IndexesBehindAsync(both, cancellationToken);
        return targets.Count > 0 ? targets : throw new ElasticsearchException($"The index behind '{alias}' could not be created.");
    }

    /// <summary>Fills a new index with <paramref name="documents"/> (written as <paramref name="linesFor"/> says), then swaps the alias to it.</summary>
    public async Task ReplaceAllAsync<T>(
        IAsyncEnumerable<T> documents, Func<string, T, IEnumerable<JsonNode>> linesFor, long version, CancellationToken cancellationToken)
    {
        var next = $"{alias}-{version}";
        var created = definition();
        created["aliases"] = new JsonObject { [Building] = new JsonObject() };
        created["settings"]!["refresh_interval"] = "-1";
        await client.SendAsync(HttpMethod.Put, next, created, cancellationToken);

        try
        {
            await FillAsync(next, documents, linesFor, cancellationToken);
        }
        catch
        {
            // The alias never moved: searches still read the old index. The half-built one goes.
            await client.SendOrNotFoundAsync(HttpMethod.Delete, next, null, CancellationToken.None);
            throw;
        }

        var old = await IndexesBehindAsync(alias, cancellationToken);
        var actions = new JsonArray(
            new JsonObject { ["add"] = new JsonObject { ["index"] = next, ["alias"] = alias } },
            new JsonObject { ["remove"] = new JsonObject { ["index"] = next, ["alias"] = Building } });
        foreach (var index in old)
        {
            actions.Add(new JsonObject { ["remove"] = new JsonObject { ["index"] = index, ["alias"] = alias } });
        }

        await client.SendAsync(HttpMethod.Post, "_aliases", new JsonObject { ["actions"] = actions }, cancellationToken);
        if (old.Count > 0)
        {
            await client.SendAsync(HttpMethod.Delete, string.Join(',', old), null, cancellationToken);
        }
    }

    private async Task FillAsync<T>(
        string index, IAsyncEnumerable<T> documents, Func<string, T, IEnumerable<JsonNode>> linesFor, CancellationToken cancellationToken)
    {
        var batch = new List<JsonNode>(BulkSize * 2);
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            batch.AddRange(linesFor(index, document));
            if (batch.Count >= BulkSize * 2)
            {
                await client.BulkAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        await client.BulkAsync(batch, cancellationToken);
        await client.SendAsync(HttpMethod.Put, $"{index}/_settings", new JsonObject { ["index"] = new JsonObject { ["refresh_interval"] = null } }, cancellationToken);
        await client.SendAsync(HttpMethod.Post, $"{index}/_refresh", null, cancellationToken);
    }

    /// <summary>Runs a search through the alias; null when nothing was ever indexed on this cluster.</summary>
    public Task<JsonNode?> SearchAsync(JsonObject body, CancellationToken cancellationToken) =>
        client.SendOrNotFoundAsync(HttpMethod.Post, $"{alias}/_search", body, cancellationToken);

    public async Task<long> CountAsync(CancellationToken cancellationToken) =>
        (await client.SendOrNotFoundAsync(HttpMethod.Get, $"{alias}/_count", null, cancellationToken))?["count"]?.GetValue<long>() ?? 0;

    private async Task<IReadOnlyList<string>> IndexesBehindAsync(string aliases, CancellationToken cancellationToken) =>
        (await client.SendOrNotFoundAsync(HttpMethod.Get, $"_alias/{aliases}", null, cancellationToken))?.AsObject().Select(index => index.Key).ToList()
        ?? [];
}
