using Marketplace.Infrastructure.Persistence.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Marketplace.IntegrationTests.Persistence;

/// <summary>
/// Accounts made before sign-ups needed a confirmed address stay usable after the upgrade: left unconfirmed, they could
/// not sign in, and a new sign-up of their address would replace them.
/// </summary>
public sealed class ConfirmExistingAddressesMigrationTests
{
    [Fact]
    public async Task AnAccountFromBeforeConfirmation_IsConfirmedByTheUpgrade()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteMarketplaceDbContext(new DbContextOptionsBuilder<SqliteMarketplaceDbContext>().UseSqlite(connection).Options);
        var migrations = db.Database.GetMigrations().ToList();
        var upgrade = migrations.Single(m => m.EndsWith("_ConfirmExistingAddresses", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[migrations.IndexOf(upgrade) - 1]);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "AspNetUsers" ("Id", "FullName", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed",
                "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ('01a22e00-0000-7000-8000-000000000001', 'Sitti Aminah', 'lama@contoh.id', 'LAMA@CONTOH.ID', 'lama@contoh.id', 'LAMA@CONTOH.ID', 0,
                'x', 'x', 'x', 0, 0, 0, 0)
            """);

        await migrator.MigrateAsync();

        var confirmed = await db.Database.SqlQueryRaw<long>("""SELECT "EmailConfirmed" AS "Value" FROM "AspNetUsers" WHERE "Email" = 'lama@contoh.id'""").SingleAsync();
        Assert.Equal(1, confirmed);
    }
}
