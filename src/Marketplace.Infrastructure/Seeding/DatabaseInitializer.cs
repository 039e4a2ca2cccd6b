using Marketplace.Application.Accounts;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Seeding;

/// <summary>Brings a database up to date at start-up: migrations (embedded default only), roles, first admin, demo data.</summary>
public sealed partial class DatabaseInitializer(
    MarketplaceDbContext db,
    AccountSeeder accounts,
    DemoDataSeeder demoData,
    Identity.SigningKeys signingKeys,
    IOptions<SeedOptions> seed,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool migrate, CancellationToken cancellationToken)
    {
        if (migrate)
        {
            await MigrateAsync(cancellationToken);
        }

        signingKeys.EnsureOneInForce();
        await accounts.EnsureRolesAsync();
        await EnsureAdminAsync();
        await EnsurePublicPointsAsync(cancellationToken);
        if (seed.Value.DemoData)
        {
            await SeedDemoDataAsync(cancellationToken);
        }
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Readers do not block the writer and the writer does not block readers.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public async Task SeedDemoDataAsync(CancellationToken cancellationToken)
    {
        var password = seed.Value.DemoPassword;
        if (string.IsNullOrEmpty(password))
        {
            throw new InvalidOperationException("Demo data needs Seed:DemoPassword, the password of every demo account.");
        }

        var created = await demoData.SeedAsync(password, cancellationToken);
        LogDemoData(logger, created);
    }

    /// <summary>
    /// Caregivers whose home was set before public points existed get theirs, once: search reads only the
    /// public point, so until then they would not be found. Their next searchable change re-indexes them.
    /// </summary>
    private async Task EnsurePublicPointsAsync(CancellationToken cancellationToken)
    {
        var without = await db.Caregivers.Where(c => c.Home != null && c.PublicPoint == null).ToListAsync(cancellationToken);
        foreach (var caregiver in without)
        {
            caregiver.EnsurePublicPoint();
        }

        if (without.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            LogPublicPoints(logger, without.Count);
        }
    }

    private async Task EnsureAdminAsync()
    {
        var (email, password) = (seed.Value.AdminEmail, seed.Value.AdminPassword);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            LogNoAdmin(logger);
            return;
        }

        await accounts.EnsureUserAsync(email, password, "Admin Peduli", AccountRoles.Admin);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave {Count} caregivers the public point search uses instead of their home")]
    private static partial void LogPublicPoints(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Created}")]
    private static partial void LogDemoData(ILogger logger, string created);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No first admin: set Seed:AdminEmail and Seed:AdminPassword to create one.")]
    private static partial void LogNoAdmin(ILogger logger);
}
