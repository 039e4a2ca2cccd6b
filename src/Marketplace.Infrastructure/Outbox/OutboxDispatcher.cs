using Marketplace.Application.Common.Outbox;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// Delivers outbox messages after their transaction committed: claims a batch under a lease, performs
/// each in its own scope (<see cref="OutboxOptions.Concurrency"/> at a time), marks it processed, and on failure retries
/// later with a doubling backoff.
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

        // Side by side, each in its own scope: a message mostly waits (on the database, the index's lock, a mail
        // server), and one at a time the dispatcher fell behind a busy app. Order was never promised: a failed
        // message is retried after later ones anyway. Each gets the caller's token rather than the loop's, which
        // one message's exception would cancel: the others' effects are not broken off half done.
        await Parallel.ForEachAsync(
            claimed, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken },
            async (id, _) => await PerformAsync(id, cancellationToken));
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
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the next round tries again.
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
    /// Takes due messages one row at a time with a conditional update, so that of several dispatchers
    /// exactly one wins each message, on every database provider. Only types this instance can perform
    /// are taken: during a rolling deploy an older instance leaves a newer message type to the newer ones.
    /// </summary>
    private async Task<List<Guid>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var now = clock.GetUtcNow();
        var known = _handlers.Types.ToList();
        var candidates = await db.OutboxMessages
            .Where(m => m.ProcessedAt == null && m.DeadAt == null && m.NextAttemptAt <= now
                && (m.LockedUntil == null || m.LockedUntil < now) && known.Contains(m.Type))
            .OrderBy(m => m.OccurredAt).Select(m => m.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var leaseEnd = now + options.Value.Lease;
        var claimed = new List<Guid>();
        using var turn = await turns.TakeAsync(cancellationToken);
        foreach (var id in candidates)
        {
            // Every condition of the candidate query again: another dispatcher may have just delivered, retried or given up on it.
            var won = await db.OutboxMessages
                .Where(m => m.Id == id && m.ProcessedAt == null && m.DeadAt == null && m.NextAttemptAt <= now
                    && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.LockedUntil, leaseEnd), cancellationToken);
            if (won == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    private async Task PerformAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            await _handlers.PerformAsync(scope.ServiceProvider, message, cancellationToken);
            message.ProcessedAt = clock.GetUtcNow();
            message.LastError = null;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            message.Attempts++;
            message.LastError = failure.Message.Length > 1000 ? failure.Message[..1000] : failure.Message;
            message.NextAttemptAt = clock.GetUtcNow() + Backoff(message.Attempts, (failure as RetryLaterException)?.RetryAfter);
            if (failure is PermanentFailureException)
            {
                // Trying again cannot help (an address the provider refuses): an admin sees it now, not in 17 minutes.
                message.DeadAt = clock.GetUtcNow();
                LogPermanentFailure(logger, failure, message.Id, message.Type);
            }
            else if (message.Attempts >= options.Value.MaxAttempts)
            {
                message.DeadAt = clock.GetUtcNow();
                LogDeadLetter(logger, failure, message.Id, message.Type, message.Attempts);
            }
            else
            {
                LogAttemptFailed(logger, failure, message.Id, message.Type, message.Attempts);
            }
        }

        message.LockedUntil = null;
        using var turn = await turns.TakeAsync(CancellationToken.None);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>2 s doubling per attempt, or longer when the service asked for it, never past <see cref="OutboxOptions.MaxBackoff"/>.</summary>
    private TimeSpan Backoff(int attempts, TimeSpan? asked) =>
        TimeSpan.FromSeconds(Math.Min(Math.Max(Math.Pow(2, attempts), asked?.TotalSeconds ?? 0), options.Value.MaxBackoff.TotalSeconds));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Type}) failed on attempt {Attempts}; it will be retried")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, Guid messageId, string type, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Type}) failed {Attempts} times and is a dead letter now; an admin can send it again")]
    private static partial void LogDeadLetter(ILogger logger, Exception exception, Guid messageId, string type, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Type}) failed in a way no retry can fix and is a dead letter now; an admin can send it again once the cause is fixed")]
    private static partial void LogPermanentFailure(ILogger logger, Exception exception, Guid messageId, string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An outbox dispatch round failed; the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
