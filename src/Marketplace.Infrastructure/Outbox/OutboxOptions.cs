namespace Marketplace.Infrastructure.Outbox;

/// <summary>How the dispatcher works: <c>Outbox:*</c> in configuration.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How long the dispatcher sleeps when there is nothing to do. A change waits at most this long.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a claimed message belongs to one dispatcher before another may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// How many claimed messages are performed at once. With one at a time the dispatcher delivered about 145
    /// messages a second on an idle 2-core machine, fewer than a busy app's bookings queue (two each).
    /// </summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>The longest wait between two attempts at a failing message (waits double from 2 s up to this).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How many failed attempts make a message a dead letter. Ten attempts with the default doubling waits
    /// (2 s, 4 s ... 512 s) span about 17 minutes: long enough for a restart or a brief outage, short enough to
    /// show a message that never will.
    /// </summary>
    public int MaxAttempts { get; set; } = 10;
}
