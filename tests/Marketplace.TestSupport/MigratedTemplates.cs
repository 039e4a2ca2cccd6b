using Marketplace.Infrastructure.Persistence.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Marketplace.TestSupport;

/// <summary>
/// Each app under test starts on a database of its own, already migrated: the migrations run once per test process
/// and provider, into a template that every app's database is copied from (a file copy for SQLite, <c>CREATE DATABASE
/// ... TEMPLATE</c> for PostgreSQL). Running every migration for each of the hundreds of apps a test run starts took
/// seconds each, a good part of the run. The app still migrates at start-up, and finds nothing left to do.
/// </summary>
internal static class MigratedTemplates
{
    private static readonly Lazy<string> SqliteFile = new(MigrateSqliteTemplate);
    private static readonly Lazy<string> PostgresTemplate = new(MigratePostgresTemplate);

    // CREATE DATABASE refuses to copy a template another CREATE DATABASE is copying at the same moment.
    private static readonly Lock Copying = new();

    /// <summary>Puts a migrated SQLite database where an app with <paramref name="dataPath"/> keeps its own (<c>peduli.db</c>).</summary>
    public static void CopySqliteInto(string dataPath)
    {
        var target = Path.Combine(dataPath, "peduli.db");
        if (!File.Exists(target))
        {
            File.Copy(SqliteFile.Value, target);
        }
    }

    /// <summary>Creates the PostgreSQL database <paramref name="connectionString"/> names, migrated, unless it exists.</summary>
    public static void CreatePostgres(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        lock (Copying)
        {
            using var server = OpenServer(connectionString);
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", server);
            exists.Parameters.AddWithValue("name", database);
            if (exists.ExecuteScalar() is null)
            {
                // Names come from the test code (a Guid), never from input.
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\" TEMPLATE \"{PostgresTemplate.Value}\"", server);
                create.ExecuteNonQuery();
            }
        }
    }

    private static string MigrateSqliteTemplate()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("peduli-template-").FullName, "peduli.db");
        var options = new DbContextOptionsBuilder<SqliteMarketplaceDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options;
        using var db = new SqliteMarketplaceDbContext(options);
        db.Database.Migrate();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        return file;
    }

    private static string MigratePostgresTemplate()
    {
        var server = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)!;
        var template = $"peduli_template_{Guid.NewGuid():N}";
        using (var connection = OpenServer(server))
        using (var create = new NpgsqlCommand($"CREATE DATABASE \"{template}\"", connection))
        {
            create.ExecuteNonQuery();
        }

        var migrating = new NpgsqlConnectionStringBuilder(server) { Database = template, Pooling = false }.ConnectionString;
        using (var db = new PostgresMarketplaceDbContext(new DbContextOptionsBuilder<PostgresMarketplaceDbContext>().UseNpgsql(migrating).Options))
        {
            db.Database.Migrate();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(server, template);
        return template;
    }

    private static NpgsqlConnection OpenServer(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Drop(string server, string database)
    {
        using var connection = OpenServer(server);
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
