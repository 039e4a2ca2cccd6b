using System.IO.Compression;
using System.Net;
using System.Text;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Marketplace.Infrastructure.Search.Elasticsearch;

namespace Marketplace.IntegrationTests.Search.Elasticsearch;

/// <summary>
/// Stands in for the cluster's HTTP endpoint under the official client: records every request the client sends
/// and answers with what the test scripted, so tests can pin the exact requests against Elasticsearch's
/// documented shapes. Lines show the path percent-decoded, as Elasticsearch reads it (the client sends
/// <c>_alias/peduli-caregivers%2A</c>); bodies are shown uncompressed (the client gzips them).
/// </summary>
internal sealed class RecordingCluster : HttpMessageHandler
{
    private static readonly Uri Address = new("http://cluster.test:9200");

    private readonly List<(string Request, HttpStatusCode Status, string Body, bool Once)> _answers = [];

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>When set, every request fails as a refused connection does, before any answer.</summary>
    public bool Unreachable { get; init; }

    /// <summary>The official client, set up as the app sets it up, with its HTTP going through this recorder.</summary>
    public ElasticsearchClient Client(ElasticsearchOptions? options = null) =>
        new(ClusterSettings.For(options ?? new ElasticsearchOptions { Url = Address }, new HttpRequestInvoker((_, _) => this)));

    /// <summary>
    /// Answers requests whose "METHOD path" starts with <paramref name="request"/>; the first matching script
    /// wins, and one given <paramref name="once"/> is used up by its first request. Unscripted requests get 200 and {}.
    /// </summary>
    public RecordingCluster Answer(string request, string body, HttpStatusCode status = HttpStatusCode.OK, bool once = false)
    {
        _answers.Add((request, status, body, once));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var line = $"{request.Method} {Uri.UnescapeDataString(request.RequestUri!.AbsolutePath.TrimStart('/'))}{request.RequestUri.Query}";
        Requests.Add(new RecordedRequest(
            line, await BodyOf(request.Content, cancellationToken), request.Content?.Headers.ContentType?.MediaType, request.Headers.Authorization?.ToString()));
        if (Unreachable)
        {
            throw new HttpRequestException("Connection refused (cluster.test:9200)");
        }

        var answer = _answers.FirstOrDefault(a => line.StartsWith(a.Request, StringComparison.Ordinal));
        if (answer.Once)
        {
            _answers.Remove(answer);
        }

        var response = answer.Request is null
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/json") }
            : new HttpResponseMessage(answer.Status) { Content = new StringContent(answer.Body, Encoding.UTF8, "application/json") };

        // Elasticsearch names itself in every answer; the client refuses to go on talking to a server that does not.
        response.Headers.Add("X-Elastic-Product", "Elasticsearch");
        return response;
    }

    private static async Task<string?> BodyOf(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }

        var body = await content.ReadAsStreamAsync(cancellationToken);
        var text = content.Headers.ContentEncoding.Contains("gzip") ? new GZipStream(body, CompressionMode.Decompress) : body;
        using var reader = new StreamReader(text, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}

internal sealed record RecordedRequest(string Line, string? Body, string? ContentType, string? Authorization);
