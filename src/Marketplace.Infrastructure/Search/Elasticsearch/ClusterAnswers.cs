using Elastic.Transport.Products.Elasticsearch;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Reads the client's responses the way the adapters need. The client does not throw (<see cref="ClusterSettings"/>):
/// it hands back a response whose call details say what happened, and even reports a cancelled request that way.
/// </summary>
internal static class ClusterAnswers
{
    private const int NotFound = 404;

    /// <summary>The response, when the cluster answered with success and the client could read it.</summary>
    /// <exception cref="ElasticsearchException">Any other answer, or none.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static T Succeeded<T>(this T response, CancellationToken cancellationToken)
        where T : ElasticsearchResponse
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Both checks: the client calls a 404 whose body is not an Elasticsearch error a valid response.
        return response.ApiCallDetails.HasSuccessfulStatusCode && response.IsValidResponse ? response : throw Refusal(response);
    }

    /// <summary>Like <see cref="Succeeded"/>, but a 404 (no such index or alias) is an answer: null.</summary>
    public static T? SucceededOrNotFound<T>(this T response, CancellationToken cancellationToken)
        where T : ElasticsearchResponse
    {
        cancellationToken.ThrowIfCancellationRequested();
        return response.ApiCallDetails.HttpStatusCode == NotFound ? null : response.Succeeded(cancellationToken);
    }

    /// <summary>What the cluster answered to the request behind <paramref name="response"/>, as an exception to throw.</summary>
    public static ElasticsearchException Refusal(ElasticsearchResponse response)
    {
        var call = response.ApiCallDetails;
        var request = $"{call.HttpMethod} {call.Uri?.PathAndQuery}";
        var error = response.ElasticsearchServerError?.Error is { } serverError
            ? $"{serverError.Type}: {serverError.Reason}"
            : call.OriginalException?.Message ?? "no error given";
        return call.HttpStatusCode is { } status
            ? new ElasticsearchException($"Elasticsearch answered {status} to {request}: {error}")
            : new ElasticsearchException($"Elasticsearch did not answer {request}: {error}");
    }
}
