using Marketplace.Application.Search;
using Marketplace.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Search;

/// <summary>Search versions come from the database's clock (the process's for SQLite): real microseconds that only go up.</summary>
public abstract class SearchVersionClockTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task Versions_AreMicrosecondsOfRealTime_AndEachIsHigherThanTheOneBefore()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;
        var versions = new List<long>();
        for (var i = 0; i < 50; i++)
        {
            // A scope per version, as each outbox message gets.
            await using var scope = app.Services.CreateAsyncScope();
            versions.Add(await scope.ServiceProvider.GetRequiredService<ISearchVersionClock>().NextAsync(CancellationToken.None));
        }

        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
        Assert.InRange(versions[0], before - 60_000_000, before + 60_000_000);
    }
}

public sealed class SearchVersionClockOnSqlite(SqliteAppFactory app) : SearchVersionClockTests<SqliteAppFactory>(app);

public sealed class SearchVersionClockOnPostgres(PostgresAppFactory app) : SearchVersionClockTests<PostgresAppFactory>(app);
