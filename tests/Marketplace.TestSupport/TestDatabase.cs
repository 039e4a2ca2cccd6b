using Marketplace.Infrastructure.Persistence;
using Npgsql;

namespace Marketplace.TestSupport;

/// <summary>
/// A database of its own for one app instance under test. PostgreSQL needs a running server named by
/// <c>PEDULI_TEST_POSTGRES</c> (./test.sh starts one): without it the tests fail, they are never skipped.
/// </summary>
public sealed class TestDatabase
{
    public const string PostgresVariable = "PEDULI_TEST_POSTGRES";

    private TestDatabase(DatabaseProvider provider, string? connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Null for SQLite, whose file lives in the instance's DataPath.</summary>
    public string? ConnectionString { get; }

    public static TestDatabase Sqlite() => new(DatabaseProvider.Sqlite, null);

    public static TestDatabase Postgres()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: set {PostgresVariable} (for example " +
                "'Host=127.0.0.1;Port=55432;Username=postgres'), or run ./test.sh, which starts one.");
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"peduli_test_{Guid.NewGuid():N}" };
        return new TestDatabase(DatabaseProvider.PostgreSql, builder.ConnectionString);
    }

    /// <summary>The same PostgreSQL database reached through 127.0.0.1:<paramref name="port"/> (a <see cref="TcpRelay"/>).</summary>
    public TestDatabase Through(int port) =>
        new(Provider, new NpgsqlConnectionStringBuilder(ConnectionString) { Host = "127.0.0.1", Port = port }.ConnectionString);

    public static TestDatabase For(DatabaseProvider provider) =>
        provider == DatabaseProvider.PostgreSql ? Postgres() : Sqlite();

    /// <summary>
    /// Makes this database, migrated, for an app whose data folder is <paramref name="dataPath"/> (where SQLite's file
    /// lives), unless it exists (two apps may share one): a copy of <see cref="MigratedTemplates"/>.
    /// </summary>
    public void CreateMigrated(string dataPath)
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            MigratedTemplates.CreatePostgres(ConnectionString!);
        }
        else if (Provider == DatabaseProvider.Sqlite && ConnectionString is null)
        {
            MigratedTemplates.CopySqliteInto(dataPath);
        }
    }

    /// <summary>Drops the PostgreSQL database made for this instance; SQLite's goes with its folder.</summary>
    public async Task DropAsync()
    {
        if (Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        var database = builder.Database;
        builder.Database = "postgres";
        builder.Pooling = false;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
