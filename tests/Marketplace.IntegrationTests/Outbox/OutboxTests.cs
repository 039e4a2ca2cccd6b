using System.Collections.Concurrent;
using Marketplace.Application.Common.Outbox;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.IntegrationTests.Outbox;

/// <summary>The transactional outbox and its dispatcher, on each database provider.</summary>
public abstract class OutboxTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task AVerifiedCaregiver_IsToldByEmail_InTheirLanguage_AfterTheDecisionCommits()
    {
        var (caregiver, _) = await app.NewVerifiedCaregiverAsync();
        var email = (await (await caregiver.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString()!;

        var body = await app.EmailToAsync(email, "sudah diverifikasi");

        Assert.Contains("sudah diverifikasi", body, StringComparison.Ordinal);
        Assert.DoesNotContain("has been verified", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailingSideEffect_IsRetriedLater_UntilItSucceeds()
    {
        await using var host = WithTestHandlers();
        var run = Guid.NewGuid();
        await EnqueueAsync(host, new Flaky(run, FailuresBeforeSuccess: 2));

        var message = await EventuallyAsync(async () =>
            await InDbAsync(db => db.OutboxMessages.Where(m => m.ProcessedAt != null && m.Payload.Contains(run.ToString())).FirstOrDefaultAsync()));

        Assert.Equal(2, message.Attempts);
        Assert.Equal(3, FlakyHandler.Calls.Count(c => c == run));
    }

    [Fact]
    public async Task AHandlersOwnTimeout_IsAFailureToRetry_AndTheDispatcherGoesOn()
    {
        await using var host = WithTestHandlers();
        var run = Guid.NewGuid();
        await EnqueueAsync(host, new TimesOut(run));

        // A TaskCanceledException that is not the app stopping used to end the dispatcher's loop, and with it the app.
        var message = await EventuallyAsync(async () =>
            await InDbAsync(db => db.OutboxMessages.Where(m => m.ProcessedAt != null && m.Payload.Contains(run.ToString())).FirstOrDefaultAsync()));

        Assert.Equal(1, message.Attempts);
        Assert.Equal(2, TimesOutHandler.Calls.Count(c => c == run));
    }

    [Fact]
    public async Task AMessageWrittenByAClockAheadOfTheDispatchers_IsDeliveredAtOnce()
    {
        // Another instance whose clock runs a day ahead, or this one's clock stepped back since (a test's travel
        // ended): the message must not wait for the dispatcher's clock to reach the time it was written.
        await using var host = WithTestHandlers();
        var run = Guid.NewGuid();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            db.OutboxMessages.Add(OutboxMessage.For(new Counted(run, 0), app.Clock.GetUtcNow().AddDays(1)));
            await db.SaveChangesAsync();
        }

        var message = await EventuallyAsync(async () =>
            await InDbAsync(db => db.OutboxMessages.Where(m => m.ProcessedAt != null && m.Payload.Contains(run.ToString())).FirstOrDefaultAsync()));

        Assert.Equal(0, message.Attempts);
        Assert.Equal([0], CountedHandler.Calls.Where(c => c.Run == run).Select(c => c.Index));
    }

    [Fact]
    public async Task SeveralDispatchers_DeliverEachMessageExactlyOnce()
    {
        await using var first = WithTestHandlers();
        await using var second = WithTestHandlers();
        var run = Guid.NewGuid();
        const int count = 60;
        await EnqueueAsync(first, [.. Enumerable.Range(0, count).Select(i => new Counted(run, i))]);

        // Two app instances, each with its background dispatcher, and each pushed by hand as well.
        var dispatchers = new[] { first.Services.GetRequiredService<OutboxDispatcher>(), second.Services.GetRequiredService<OutboxDispatcher>() };
        await Task.WhenAll(dispatchers.Select(async dispatcher =>
        {
            while (await dispatcher.DispatchDueAsync(CancellationToken.None) > 0)
            {
            }
        }));
        await EventuallyAsync(async () =>
            await InDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ProcessedAt == null && m.Payload.Contains(run.ToString()))) ? null : "done");

        var delivered = CountedHandler.Calls.Where(c => c.Run == run).Select(c => c.Index).ToList();
        Assert.Equal(count, delivered.Count);
        Assert.Equal(count, delivered.Distinct().Count());
    }

    [Fact]
    public async Task ABatchedKind_IsHandedARoundsMessagesAtOnce_AndOneThatFails_AloneWaitsForItsRetry()
    {
        await using var host = WithTestHandlers();
        var run = Guid.NewGuid();
        await EnqueueAsync(host, [.. Enumerable.Range(0, 6).Select(i => new Batched(run, i, Fails: i == 3))]);

        // Claimed by one statement, all six come to the handler together; the bad one fails that batch, so each is
        // performed again alone, and only the bad one is left for later.
        var rows = await EventuallyAsync(async () =>
        {
            var mine = await InDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Payload.Contains(run.ToString())).ToListAsync());
            return mine.Count(m => m.ProcessedAt != null) == 5 && mine.Any(m => m.Attempts > 0) ? mine : null;
        });

        var calls = BatchedHandler.Calls.Where(c => c[0].Run == run).ToList();
        Assert.Equal([0, 1, 2, 3, 4, 5], calls[0].Select(m => m.Index).Order());
        Assert.All(calls.Skip(1), call => Assert.Single(call));
        var bad = Assert.Single(rows, m => m.ProcessedAt == null);
        Assert.Contains("\"index\":3", bad.Payload, StringComparison.Ordinal);
        Assert.Equal("message 3 cannot be performed", bad.LastError);
        Assert.All(rows.Where(m => m.ProcessedAt != null), m => Assert.Equal((0, null), (m.Attempts, m.LastError)));
    }

    [Fact]
    public async Task WhatARoundDeliveredBeforeTheAppStopped_IsRecorded_AndTheMessageBrokenOffIsLeftForLater()
    {
        var run = Guid.NewGuid();
        await using (var host = WithTestHandlers())
        {
            // One save, so one round: the round's deliveries are recorded together when it ends, here by shutting down.
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
                outbox.Enqueue(new Stalls(run));
                foreach (var index in Enumerable.Range(0, 3))
                {
                    outbox.Enqueue(new Counted(run, index));
                }

                await scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>().SaveChangesAsync();
            }

            await Eventually.TrueAsync(
                () => StallsHandler.Started.Contains(run) && CountedHandler.Calls.Count(c => c.Run == run) == 3, "the round's messages were not all begun");
        }

        var rows = await InDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Payload.Contains(run.ToString())).ToListAsync());
        Assert.Equal(3, rows.Count(m => m.Type == "test-counted" && m.ProcessedAt != null));
        var brokenOff = Assert.Single(rows, m => m.ProcessedAt == null);
        Assert.Equal(("test-stalls", 0), (brokenOff.Type, brokenOff.Attempts));
    }

    [Fact]
    public async Task Readiness_ReportsTheOutboxLag()
    {
        var ready = await (await app.CreateClient().GetAsync("/health/ready")).ReadJsonAsync();

        var outbox = ready.GetProperty("checks").GetProperty("outbox");
        Assert.True(outbox.GetProperty("data").TryGetProperty("lagSeconds", out _));
        Assert.True(outbox.GetProperty("data").TryGetProperty("pending", out _));
    }

    [Fact]
    public async Task Readiness_OnAClockBehindTheMessagesWriter_ReportsNoLag_NotANegativeOne()
    {
        // Every pending message was written after this clock's now; one of ours, failed and not due for a day, so no
        // dispatcher takes it before the check reads it.
        var behind = new FixedClock(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var written = OutboxMessage.For(new Counted(Guid.NewGuid(), 0), behind.GetUtcNow().AddHours(1));
        written.Attempts = 1;
        written.NextAttemptAt = app.Clock.GetUtcNow().AddDays(1);
        await InDbAsync(db =>
        {
            db.OutboxMessages.Add(written);
            return db.SaveChangesAsync();
        });
        try
        {
            var result = await app.InScopeAsync(services =>
                new OutboxLagCheck(services.GetRequiredService<MarketplaceDbContext>(), behind).CheckHealthAsync(new HealthCheckContext()));

            Assert.Equal(HealthStatus.Healthy, result.Status);
            Assert.Equal(0.0, (double)result.Data["lagSeconds"]);
            Assert.True((int)result.Data["pending"] >= 1);
        }
        finally
        {
            await InDbAsync(db => db.OutboxMessages.Where(m => m.Id == written.Id).ExecuteDeleteAsync());
        }
    }

    /// <summary>Another instance of the app on the same database, which also performs the test messages.</summary>
    private WebApplicationFactory<Program> WithTestHandlers() => app.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Outbox:MaxBackoff", "00:00:01");

        // Same database, own index folder: the embedded search index belongs to one process.
        builder.UseSetting("Search:IndexPath", Directory.CreateTempSubdirectory("peduli-instance-").FullName);
        builder.ConfigureServices(services => services
            .AddOutboxHandler<Flaky, FlakyHandler>()
            .AddOutboxHandler<Counted, CountedHandler>()
            .AddOutboxBatchHandler<Batched, BatchedHandler>()
            .AddOutboxHandler<TimesOut, TimesOutHandler>()
            .AddOutboxHandler<Stalls, StallsHandler>());
    });

    private static async Task EnqueueAsync<T>(WebApplicationFactory<Program> host, params T[] messages)
        where T : class
    {
        await using var scope = host.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        foreach (var message in messages)
        {
            outbox.Enqueue(message);
        }

        await scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>().SaveChangesAsync();
    }

    private Task<T> InDbAsync<T>(Func<MarketplaceDbContext, Task<T>> query) =>
        app.InScopeAsync(services => query(services.GetRequiredService<MarketplaceDbContext>()));

    /// <summary>Polls for up to 15 s: delivery happens in the background, after the command returned.</summary>
    private static Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
        where T : class => Eventually.FoundAsync(probe, "the outbox did not deliver");
}

[OutboxMessage("test-retried")]
public sealed record Flaky(Guid Run, int FailuresBeforeSuccess);

public sealed class FlakyHandler : IOutboxHandler<Flaky>
{
    public static ConcurrentQueue<Guid> Calls { get; } = new();

    public Task HandleAsync(Flaky message, Guid messageId, CancellationToken cancellationToken)
    {
        Calls.Enqueue(message.Run);
        return Calls.Count(c => c == message.Run) <= message.FailuresBeforeSuccess
            ? throw new InvalidOperationException("the side effect's server is down")
            : Task.CompletedTask;
    }
}

[OutboxMessage("test-counted")]
public sealed record Counted(Guid Run, int Index);

public sealed class CountedHandler : IOutboxHandler<Counted>
{
    public static ConcurrentQueue<(Guid Run, int Index)> Calls { get; } = new();

    public Task HandleAsync(Counted message, Guid messageId, CancellationToken cancellationToken)
    {
        Calls.Enqueue((message.Run, message.Index));
        return Task.CompletedTask;
    }
}

public sealed class OutboxOnSqlite(SqliteAppFactory app) : OutboxTests<SqliteAppFactory>(app);

public sealed class OutboxOnPostgres(PostgresAppFactory app) : OutboxTests<PostgresAppFactory>(app);

[OutboxMessage("test-batched")]
public sealed record Batched(Guid Run, int Index, bool Fails);

public sealed class BatchedHandler : IOutboxBatchHandler<Batched>
{
    public static ConcurrentQueue<IReadOnlyList<Batched>> Calls { get; } = new();

    public Task HandleAsync(IReadOnlyList<Batched> messages, CancellationToken cancellationToken)
    {
        Calls.Enqueue(messages);
        return messages.FirstOrDefault(m => m.Fails) is { } bad
            ? throw new InvalidOperationException($"message {bad.Index} cannot be performed")
            : Task.CompletedTask;
    }
}

[OutboxMessage("test-times-out")]
public sealed record TimesOut(Guid Run);

/// <summary>Times out the first time, as an HTTP client does (a <see cref="TaskCanceledException"/> nobody asked for).</summary>
public sealed class TimesOutHandler : IOutboxHandler<TimesOut>
{
    public static ConcurrentQueue<Guid> Calls { get; } = new();

    public Task HandleAsync(TimesOut message, Guid messageId, CancellationToken cancellationToken)
    {
        Calls.Enqueue(message.Run);
        return Calls.Count(c => c == message.Run) == 1
            ? throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.")
            : Task.CompletedTask;
    }
}

[OutboxMessage("test-stalls")]
public sealed record Stalls(Guid Run);

/// <summary>Never finishes on its own: it waits until the dispatcher is stopped.</summary>
public sealed class StallsHandler : IOutboxHandler<Stalls>
{
    public static ConcurrentQueue<Guid> Started { get; } = new();

    public async Task HandleAsync(Stalls message, Guid messageId, CancellationToken cancellationToken)
    {
        Started.Enqueue(message.Run);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
