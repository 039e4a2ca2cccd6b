using System.Collections.Concurrent;
using Marketplace.Application.Common.Outbox;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// Delivers outbox messages after their transaction committed: claims a round under a lease (three statements),
/// performs each message (or each batch of a batched kind) in its own scope (<see cref="OutboxOptions.Concurrency"/> at
/// a time), records the round's deliveries (one statement) and each failure (one statement each), and on failure
/// retries later with a doubling backoff.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, IOptions<OutboxOptions> options, IOptions<OutboxHandlerRegistrations> registrations,
    WriteTurns turns, TimeProvider clock, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxHandlers _handlers = Build(registrations.Value);

    /// <summary>Delivers what is due now; returns how many messages were claimed. The loop and tests call it.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(cancellationToken);

        // What succeeded is recorded together, in one statement, when the round ends: a statement and a commit per
        // message cost the database more than the messages' own work (issue #19). Delivery is at least once and
        // handlers are idempotent: should the process die before the record, the round's delivered messages are done
        // again when their lease lapses (at most a round's worth, where it was the few in flight). A round that runs
        // past a quarter of the lease (a slow mail server) records what it has delivered as each later batch ends,
        // so that another instance taking over a lapsed lease finds little already done.
        var delivered = new ConcurrentQueue<OutboxMessage>();
        var started = clock.GetTimestamp();
        try
        {
            // Side by side, each in its own scope: a message mostly waits (on the database, the index's lock, a mail
            // server), and one at a time the dispatcher fell behind a busy app. Order was never promised: a failed
            // message is retried after later ones anyway. Each gets the caller's token rather than the loop's, which
            // one message's exception would cancel: the others' effects are not broken off half done.
            await Parallel.ForEachAsync(
                _handlers.Batches(claimed), new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken },
                async (batch, _) =>
                {
                    await PerformAsync(batch, delivered, cancellationToken);
                    if (clock.GetElapsedTime(started) > options.Value.Lease / 4)
                    {
                        await RecordDeliveredAsync(delivered);
                    }
                });
        }
        finally
        {
            try
            {
                await RecordDeliveredAsync(delivered);
            }
            catch (Exception failure)
            {
                // Not thrown over a failure already on its way out, which would then go unlogged: the messages stay
                // claimed and are done again when the lease lapses.
                LogDeliveriesNotRecorded(logger, failure);
            }
        }

        return claimed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DispatchDueAsync(stoppingToken) > 0)
                {
                    continue;
                }
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly unavailable; the next round tries again. Only shutting down ends the
                // loop: a timeout elsewhere (a TaskCanceledException) is one more failure, not a reason to stop the app.
                LogRoundFailed(logger, failure);
            }

            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
        }
    }

    private static OutboxHandlers Build(OutboxHandlerRegistrations registrations)
    {
        var handlers = new OutboxHandlers();
        registrations.ForEach(register => register(handlers));
        return handlers;
    }

    /// <summary>
    /// Takes due messages with one conditional update that stamps them with a new claim, so that of several
    /// dispatchers exactly one wins each message, on every database provider, and reads back the rows that claim won.
    /// Only types this instance can perform are taken: during a rolling deploy an older instance leaves a newer
    /// message type to the newer ones.
    /// </summary>
    private async Task<List<OutboxMessage>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var now = clock.GetUtcNow();
        var known = _handlers.Types.ToList();
        // A message that has not failed is due at once, whatever this instance's clock says of the time it was written:
        // clocks of app instances differ, and one stepped back (NTP, a test's travelling clock going home) would
        // otherwise hold every message written in the time it went back. NextAttemptAt is a failure's backoff.
        var candidates = await db.OutboxMessages
            .Where(m => m.ProcessedAt == null && m.DeadAt == null && (m.Attempts == 0 || m.NextAttemptAt <= now)
                && (m.LockedUntil == null || m.LockedUntil < now) && known.Contains(m.Type))
            .OrderBy(m => m.OccurredAt).Select(m => m.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        var claim = Guid.NewGuid();
        var leaseEnd = now + options.Value.Lease;
        using var turn = await turns.TakeAsync(cancellationToken);

        // Every condition of the candidate query again, in the update itself: another dispatcher may have just
        // claimed, delivered, retried or given up on one of them, and the database judges each row as it locks it.
        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id) && m.ProcessedAt == null && m.DeadAt == null && (m.Attempts == 0 || m.NextAttemptAt <= now)
                && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.LockedUntil, leaseEnd).SetProperty(m => m.ClaimId, claim), cancellationToken);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => candidates.Contains(m.Id) && m.ClaimId == claim)
            .OrderBy(m => m.OccurredAt).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Performs <paramref name="batch"/> (messages of one type, one unless the type is batched) in a scope of its own:
    /// adds it to <paramref name="delivered"/> when it succeeds, and records a failure at once, on rows only while they
    /// are still this claim's (a dispatcher that outlived its lease leaves them to the one that took them over). A batch
    /// that fails is performed again one message at a time, so that only the message that fails alone waits for its retry.
    /// </summary>
    private async Task PerformAsync(IReadOnlyList<OutboxMessage> batch, ConcurrentQueue<OutboxMessage> delivered, CancellationToken cancellationToken)
    {
        switch (await TryPerformAsync(batch, cancellationToken))
        {
            case null:
                foreach (var message in batch)
                {
                    delivered.Enqueue(message);
                }

                break;
            case { } failure when batch is [var message]:
                var outcome = Failed(message, failure);
                await RecordAsync(batch, set => set.SetProperty(m => m.LastError, outcome.LastError).SetProperty(m => m.Attempts, outcome.Attempts)
                    .SetProperty(m => m.NextAttemptAt, outcome.NextAttemptAt).SetProperty(m => m.DeadAt, outcome.DeadAt));
                break;
            case { } failure:
                LogBatchFailed(logger, failure, batch.Count, batch[0].Type);
                foreach (var message in batch)
                {
                    await PerformAsync([message], delivered, cancellationToken);
                }

                break;
        }
    }

    /// <summary>Records the messages <paramref name="delivered"/> holds as delivered, in one statement, and takes them out of it.</summary>
    private async Task RecordDeliveredAsync(ConcurrentQueue<OutboxMessage> delivered)
    {
        List<OutboxMessage> batch = [];
        while (delivered.TryDequeue(out var message))
        {
            batch.Add(message);
        }

        if (batch.Count > 0)
        {
            await RecordAsync(batch, set => set.SetProperty(m => m.ProcessedAt, clock.GetUtcNow()).SetProperty(m => m.LastError, (string?)null));
        }
    }

    /// <summary>Ends this claim's lease on <paramref name="batch"/>'s rows, setting what <paramref name="outcome"/> sets, in one statement.</summary>
    private async Task RecordAsync(IReadOnlyList<OutboxMessage> batch, Action<UpdateSettersBuilder<OutboxMessage>> outcome)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var ids = batch.Select(m => m.Id).ToList();
        var claim = batch[0].ClaimId;
        using var turn = await turns.TakeAsync(CancellationToken.None);
        await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.ClaimId == claim).ExecuteUpdateAsync(
            set =>
            {
                outcome(set);
                set.SetProperty(m => m.LockedUntil, (DateTimeOffset?)null);
            },
            CancellationToken.None);
    }

    /// <summary>Performs <paramref name="batch"/> in a scope of its own; returns what it failed with, or null.</summary>
    private async Task<Exception?> TryPerformAsync(IReadOnlyList<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await _handlers.PerformAsync(scope.ServiceProvider, batch, cancellationToken);
            return null;
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            // A handler's own timeout (an HTTP client's TaskCanceledException, say) is a failure to retry like any
            // other; only the dispatcher being stopped breaks off.
            return failure;
        }
    }

    private Outcome Failed(OutboxMessage message, Exception failure)
    {
        var attempts = message.Attempts + 1;
        var lastError = failure.Message.Length > 1000 ? failure.Message[..1000] : failure.Message;
        var nextAttemptAt = clock.GetUtcNow() + Backoff(attempts, (failure as RetryLaterException)?.RetryAfter);
        DateTimeOffset? deadAt = null;
        if (failure is PermanentFailureException)
        {
            // Trying again cannot help (an address the provider refuses): an admin sees it now, not in 17 minutes.
            deadAt = clock.GetUtcNow();
            LogPermanentFailure(logger, failure, message.Id, message.Type);
        }
        else if (attempts >= options.Value.MaxAttempts)
        {
            deadAt = clock.GetUtcNow();
            LogDeadLetter(logger, failure, message.Id, message.Type, attempts);
        }
        else
        {
            LogAttemptFailed(logger, failure, message.Id, message.Type, attempts);
        }

        return new Outcome(lastError, attempts, nextAttemptAt, deadAt);
    }

    /// <summary>2 s doubling per attempt, or longer when the service asked for it, never past <see cref="OutboxOptions.MaxBackoff"/>.</summary>
    private TimeSpan Backoff(int attempts, TimeSpan? asked) =>
        TimeSpan.FromSeconds(Math.Min(Math.Max(Math.Pow(2, attempts), asked?.TotalSeconds ?? 0), options.Value.MaxBackoff.TotalSeconds));

    /// <summary>What a failed attempt leaves on its row.</summary>
    private sealed record Outcome(string LastError, int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? DeadAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Type}) failed on attempt {Attempts}; it will be retried")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, Guid messageId, string type, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Type}) failed {Attempts} times and is a dead letter now; an admin can send it again")]
    private static partial void LogDeadLetter(ILogger logger, Exception exception, Guid messageId, string type, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Type}) failed in a way no retry can fix and is a dead letter now; an admin can send it again once the cause is fixed")]
    private static partial void LogPermanentFailure(ILogger logger, Exception exception, Guid messageId, string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} outbox messages ({Type}) failed together; each is performed again alone")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count, string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round's delivered outbox messages could not be recorded as delivered; they are done again when their lease lapses")]
    private static partial void LogDeliveriesNotRecorded(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An outbox dispatch round failed; the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
