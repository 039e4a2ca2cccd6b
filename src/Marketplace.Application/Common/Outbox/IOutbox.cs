namespace Marketplace.Application.Common.Outbox;

/// <summary>
/// Side effects that must happen after a command commits (an email, a search-index update). Enqueued
/// messages are saved in the command's own transaction, so they are never lost nor sent for work that
/// rolled back; a dispatcher delivers them afterwards, at least once, to their <see cref="IOutboxHandler{T}"/>.
/// </summary>
public interface IOutbox
{
    void Enqueue<T>(T message)
        where T : class;
}

/// <summary>Performs one kind of outbox message. Delivery is at least once, so handling must be idempotent.</summary>
public interface IOutboxHandler<in T>
    where T : class
{
    Task HandleAsync(T message, Guid messageId, CancellationToken cancellationToken);
}

/// <summary>
/// Performs one kind of outbox message many at a time: the dispatcher hands it every message of its kind one round
/// claimed (up to <c>Outbox:BatchSize</c>), so the reads they share are made once. Delivery is at least once, so
/// handling must be idempotent. When a batch fails, each of its messages is performed again alone, and only the one
/// that fails alone is retried later.
/// </summary>
public interface IOutboxBatchHandler<in T>
    where T : class
{
    /// <param name="messages">At least one message, oldest first; the same content may come more than once.</param>
    Task HandleAsync(IReadOnlyList<T> messages, CancellationToken cancellationToken);
}
