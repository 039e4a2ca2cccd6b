using Marketplace.Infrastructure.Scheduling;
using Marketplace.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Operations;

/// <summary>A scheduled job runs once across instances: of many takers of its lease at once, exactly one wins, until the lease ends.</summary>
public abstract class JobLeaseTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task TwentyTakersAtOnce_ExactlyOneRunsTheJob_AndAnotherMayOnceTheLeaseHasRunOut()
    {
        var job = $"test-job-{Guid.NewGuid():N}";

        var taken = await TakeAtOnceAsync(job, 20);

        Assert.Equal(1, taken.Count(t => t));
        Assert.False(await TakeAsync(job));
        using (app.Clock.TravelTo(DateTimeOffset.UtcNow.AddMinutes(2)))
        {
            Assert.True(await TakeAsync(job));
        }
    }

    [Fact]
    public async Task DifferentJobs_HaveLeasesOfTheirOwn()
    {
        Assert.True(await TakeAsync($"test-job-{Guid.NewGuid():N}"));
        Assert.True(await TakeAsync($"test-job-{Guid.NewGuid():N}"));
    }

    private async Task<bool[]> TakeAtOnceAsync(string job, int takers)
    {
        using var gate = new SemaphoreSlim(0);
        var attempts = Enumerable.Range(0, takers).Select(async _ =>
        {
            await gate.WaitAsync();
            return await TakeAsync(job);
        }).ToList();
        gate.Release(takers);
        return await Task.WhenAll(attempts);
    }

    private Task<bool> TakeAsync(string job) =>
        app.InScopeAsync(services => services.GetRequiredService<JobLeases>().TryTakeAsync(job, TimeSpan.FromMinutes(1), CancellationToken.None));
}

public sealed class JobLeaseOnSqlite(SqliteAppFactory app) : JobLeaseTests<SqliteAppFactory>(app);

public sealed class JobLeaseOnPostgres(PostgresAppFactory app) : JobLeaseTests<PostgresAppFactory>(app);
