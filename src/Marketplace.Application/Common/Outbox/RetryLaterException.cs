namespace Marketplace.Application.Common.Outbox;

/// <summary>
/// A side effect that failed for now and names when to try again (a service's <c>Retry-After</c>): the outbox dispatcher
/// waits at least <see cref="RetryAfter"/> (never longer than its longest backoff) before the next attempt. Any other
/// exception is retried with the dispatcher's own doubling waits.
/// </summary>
public sealed class RetryLaterException : Exception
{
    public RetryLaterException()
    {
    }

    public RetryLaterException(string message)
        : base(message)
    {
    }

    public RetryLaterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RetryLaterException(string message, TimeSpan? retryAfter)
        : base(message) => RetryAfter = retryAfter;

    /// <summary>How long the service asked us to wait; null when it did not say.</summary>
    public TimeSpan? RetryAfter { get; }
}
