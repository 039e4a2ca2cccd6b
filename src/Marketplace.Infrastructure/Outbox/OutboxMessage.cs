using System.Text.Json;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// A side effect waiting to happen, saved in the same transaction as the change that caused it.
/// <see cref="LockedUntil"/> is a lease: the dispatcher that claimed it owns it until then, so several
/// app instances can dispatch side by side without doing a message twice at the same time.
/// </summary>
public sealed class OutboxMessage
{
    public required Guid Id { get; init; }

    /// <summary>The message's stable name (<see cref="Application.Common.Outbox.OutboxMessageAttribute"/>), which picks its handler.</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>
    /// When a message that failed (<see cref="Attempts"/> above 0) may be tried again; one that has not failed is due at
    /// once whatever the clock reads.
    /// </summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>
    /// Which claim (one dispatcher's one round) last took the message: the claim reads back the rows it won by this, in
    /// one statement, and records an outcome only on rows still its own.
    /// </summary>
    public Guid? ClaimId { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>
    /// When the dispatcher gave up on the message after <see cref="OutboxOptions.MaxAttempts"/> failures. A dead
    /// letter is no longer attempted; an admin sees it (with <see cref="LastError"/>) and can send it again.
    /// </summary>
    public DateTimeOffset? DeadAt { get; set; }

    /// <summary>A new message carrying <paramref name="message"/>, due at once.</summary>
    public static OutboxMessage For<T>(T message, DateTimeOffset now)
        where T : class => new()
        {
            Id = Guid.CreateVersion7(now),
            Type = OutboxHandlers.TypeName(typeof(T)),
            Payload = JsonSerializer.Serialize(message, JsonSerializerOptions.Web),
            OccurredAt = now,
            NextAttemptAt = now,
        };
}
