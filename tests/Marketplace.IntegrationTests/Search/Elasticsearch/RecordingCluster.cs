using System.Net;
using System.Text;
using Marketplace.Infrastructure.Search.Elasticsearch;

namespace Marketplace.IntegrationTests.Search.Elasticsearch;

/// <summary>
/// Stands in for the cluster's HTTP endpoint: records every request the adapter sends and answers with
/// what the test scripted, so tests can pin the exact requests against Elasticsearch's documented shapes.
/// </summary>
internal sealed class RecordingCluster : HttpMessageHandler
{
    private readonly List<(string Request, HttpStatusCode Status, string Body, bool Once)> _answers = [];

    public List<RecordedRequest> Requests { get; } = [];

    public ElasticsearchClient Client() => new(new HttpClient(this) { BaseAddress = new Uri("http://cluster.test:9200/") });

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
        var line = $"{request.Method} {request.RequestUri!.PathAndQuery.TrimStart('/')}";
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(line, body, request.Content?.Headers.ContentType?.MediaType));
        var answer = _answers.FirstOrDefault(a => line.StartsWith(a.Request, StringComparison.Ordinal));
        if (answer.Once)
        {
            _answers.Remove(answer);
        }

        return answer.Request is null
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/json") }
            : new HttpResponseMessage(answer.Status) { Content = new StringContent(answer.Body, Encoding.UTF8, "application/json") };
    }
}

internal sealed record RecordedRequest(string Line, string? Body, string? ContentType);
