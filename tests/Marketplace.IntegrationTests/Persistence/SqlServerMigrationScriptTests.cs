using Marketplace.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Marketplace.IntegrationTests.Persistence;

/// <summary>SQL Server cannot run here, so its migrations are checked by generating their script (no connection is opened).</summary>
public sealed class SqlServerMigrationScriptTests
{
    [Fact]
    public void TheSqlServerMigrations_GenerateAScriptThatCreatesEveryTable()
    {
        var options = new DbContextOptionsBuilder<SqlServerMarketplaceDbContext>()
            .UseSqlServer("Server=unused;Database=peduli").Options;
        using var db = new SqlServerMarketplaceDbContext(options);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in new[] { "AspNetUsers", "Caregivers", "Enterprises", "Families", "CareRecipient" })
        {
            Assert.Contains($"CREATE TABLE [{table}", script, StringComparison.Ordinal);
        }

        Assert.Contains("[__EFMigrationsHistory]", script, StringComparison.Ordinal);
        Assert.All(db.Database.GetMigrations(), migration => Assert.Contains(migration, script, StringComparison.Ordinal));
        Assert.False(db.Database.HasPendingModelChanges(), "The SQL Server migrations are behind the model.");
    }
}
