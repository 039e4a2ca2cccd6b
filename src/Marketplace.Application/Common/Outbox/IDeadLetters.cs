namespace Marketplace.Application.Common.Outbox;

/// <summary>Outbox messages the dispatcher gave up on after its last attempt: for admins to see, and to send again once the cause is fixed.</summary>
public interface IDeadLetters
{
    /// <summary>The dead letters, newest first: at most <paramref name="limit"/> after the first <paramref name="skip"/>.</summary>
    Task<IReadOnlyList<DeadLetter>> ListAsync(int skip, int limit, CancellationToken cancellationToken);

    /// <summary>How many dead letters there are.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Puts a dead letter back in line, to be attempted at once with a fresh count; false when there is no such dead letter.</summary>
    Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>A message that failed <see cref="Attempts"/> times: its kind (a stable name such as <c>booking-event</c>) and its last error.</summary>
public sealed record DeadLetter(Guid Id, string Type, DateTimeOffset OccurredAt, int Attempts, string? LastError, DateTimeOffset DeadAt);
