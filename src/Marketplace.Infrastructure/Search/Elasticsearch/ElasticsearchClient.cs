using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The few calls of Elasticsearch's REST API the adapters need, over plain HttpClient (the official
/// client is not in the package registry here). JSON in, JSON out; any status but success is an error.
/// </summary>
internal sealed class ElasticsearchClient(HttpClient http)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly MediaTypeHeaderValue NdJson = new("application/x-ndjson");

    /// <summary>An HttpClient for the cluster in <paramref name="options"/>, signed in with its API key or user name and password.</summary>
    public static HttpClient Connect(ElasticsearchOptions options)
    {
        var url = options.Url
            ?? throw new InvalidOperationException($"{ElasticsearchOptions.Section}:Url is required when {SearchOptions.Section}:Engine is Elasticsearch.");

        // Connections are renewed now and then so that a cluster's changed DNS entries are followed.
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(url.AbsoluteUri.TrimEnd('/') + "/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", options.ApiKey);
        }
        else if (!string.IsNullOrEmpty(options.Username))
        {
            var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}"));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", pair);
        }

        return http;
    }

    public Task<JsonNode> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken) =>
        SendAsync(method, path, body?.ToJsonString(), Json, cancellationToken)!;

    /// <summary>Like <see cref="SendAsync(HttpMethod, string, JsonNode?, CancellationToken)"/>, but a 404 is an answer: null.</summary>
    public Task<JsonNode?> SendOrNotFoundAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken) =>
        SendAsync(method, path, body?.ToJsonString(), Json, cancellationToken, notFoundIsNull: true);

    /// <summary>
    /// Sends <paramref name="lines"/> to <c>_bulk</c> as NDJSON. Items refused for an older version (409) are
    /// the versioning at work, and deletes of missing documents (404) have nothing to do: both pass. Any
    /// other refused item fails the call, so the outbox retries it.
    /// </summary>
    public async Task BulkAsync(IReadOnlyList<JsonNode> lines, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var body = new StringBuilder();
        foreach (var line in lines)
        {
            body.Append(line.ToJsonString()).Append('\n');
        }

        var answer = await SendAsync(HttpMethod.Post, "_bulk", body.ToString(), NdJson, cancellationToken);
        if (answer!["errors"]?.GetValue<bool>() != true)
        {
            return;
        }

        var refused = answer["items"]!.AsArray()
            .Select(item => item!.AsObject().Single())
            .Where(item => !Accepted(item.Key, item.Value!["status"]!.GetValue<int>()))
            .Select(item => item.Value!)
            .Select(result => $"{result["_id"]}: {result["error"]?["reason"]}")
            .ToList();
        if (refused.Count > 0)
        {
            throw new ElasticsearchException($"Elasticsearch refused {refused.Count} bulk item(s): {string.Join("; ", refused.Take(3))}");
        }
    }

    /// <summary>Done, refused as older than the version held (409), or a delete of what is not there (404).</summary>
    private static bool Accepted(string action, int status) =>
        status is >= 200 and < 300 or (int)HttpStatusCode.Conflict || (action == "delete" && status == (int)HttpStatusCode.NotFound);

    private async Task<JsonNode?> SendAsync(
        HttpMethod method, string path, string? body, MediaTypeHeaderValue contentType, CancellationToken cancellationToken, bool notFoundIsNull = false)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType;
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new ElasticsearchException($"Elasticsearch answered {(int)response.StatusCode} to {method} {path}: {Shorten(text)}");
        }

        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text);
    }

    private static string Shorten(string text) => text.Length > 500 ? text[..500] : text;
}

/// <summary>Elasticsearch refused a request; the message says what it answered.</summary>
public sealed class ElasticsearchException(string message) : Exception(message);
