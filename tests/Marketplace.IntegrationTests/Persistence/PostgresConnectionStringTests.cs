using Marketplace.Infrastructure.Persistence.Providers;
using Npgsql;

namespace Marketplace.IntegrationTests.Persistence;

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void AStringWithoutEither_GetsTheAppsDefaults_AndKeepsEverythingElse()
    {
        var result = new NpgsqlConnectionStringBuilder(
            PostgresConnectionString.WithDefaults("Host=db.internal;Port=6543;Database=peduli;Username=app;Password=s3cret;Maximum Pool Size=40"));

        Assert.Equal(PostgresConnectionString.MaxAutoPrepare, result.MaxAutoPrepare);
        Assert.True(result.NoResetOnClose);
        Assert.Equal(("db.internal", 6543, "peduli", "app", "s3cret", 40), (result.Host, result.Port, result.Database, result.Username, result.Password, result.MaxPoolSize));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;max auto prepare=20", 20)]
    [InlineData("Host=db;MaxAutoPrepare=7", 7)]
    public void TheOperatorsOwnAutoPrepare_IsKept(string connectionString, int expected)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults(connectionString));

        Assert.Equal((expected, true), (result.MaxAutoPrepare, result.NoResetOnClose));
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false", false)]
    [InlineData("Host=db;noresetonclose=False", false)]
    [InlineData("Host=db;No Reset On Close=true", true)]
    public void TheOperatorsOwnReset_IsKept(string connectionString, bool expected)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults(connectionString));

        Assert.Equal((PostgresConnectionString.MaxAutoPrepare, expected), (result.MaxAutoPrepare, result.NoResetOnClose));
    }

    [Fact]
    public void AStringSettingBoth_IsLeftAsItIs()
    {
        const string connectionString = "Host=db;Max Auto Prepare=0;No Reset On Close=false";

        Assert.Equal(connectionString, PostgresConnectionString.WithDefaults(connectionString));
    }
}
