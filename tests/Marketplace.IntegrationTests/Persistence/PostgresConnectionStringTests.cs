using Marketplace.Infrastructure.Persistence.Providers;
using Npgsql;

namespace Marketplace.IntegrationTests.Persistence;

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void AStringWithoutAutoPrepare_GetsTheAppsDefault_AndKeepsEverythingElse()
    {
        var result = new NpgsqlConnectionStringBuilder(
            PostgresConnectionString.WithDefaults("Host=db.internal;Port=6543;Database=peduli;Username=app;Password=s3cret;Maximum Pool Size=40"));

        Assert.Equal(PostgresConnectionString.MaxAutoPrepare, result.MaxAutoPrepare);
        Assert.Equal(("db.internal", 6543, "peduli", "app", "s3cret", 40), (result.Host, result.Port, result.Database, result.Username, result.Password, result.MaxPoolSize));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;max auto prepare=20", 20)]
    [InlineData("Host=db;MaxAutoPrepare=7", 7)]
    public void TheOperatorsOwnSetting_IsKept(string connectionString, int expected)
    {
        Assert.Equal(connectionString, PostgresConnectionString.WithDefaults(connectionString));
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(connectionString).MaxAutoPrepare);
    }
}
