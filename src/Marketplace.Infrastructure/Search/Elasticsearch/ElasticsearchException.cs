namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Elasticsearch refused a request, or did not answer it; the message says what it answered. The outbox
/// retries a change whose write threw this, and the readiness check reports the engine unhealthy.
/// </summary>
public sealed class ElasticsearchException(string message) : Exception(message);
