using Marketplace.Application.Caregivers;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Persistence.Providers;
using Marketplace.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Marketplace.IntegrationTests.Persistence;

/// <summary>
/// A caregiver's weekly hours and time off, kept in tables of their own before the upgrade, are the same week and the
/// same time off after it (now JSON columns of the caregiver's row), in the order they were written; and a downgrade
/// puts them back into the tables.
/// </summary>
public sealed class CaregiverScheduleAsJsonMigrationTests
{
    private static readonly Guid CaregiverId = Guid.Parse("01a22e00-0000-7000-8000-0000000000a1");
    private static readonly Guid IdleCaregiverId = Guid.Parse("01a22e00-0000-7000-8000-0000000000b1");

    private static readonly WeeklySlot[] Week =
    [
        new(DayOfWeek.Tuesday, new TimeOnly(13, 30), new TimeOnly(17, 0)),
        new(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(12, 0)),
    ];

    private static readonly TimeOff Leave = new(
        new DateTimeOffset(2026, 12, 24, 16, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 27, 16, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task OnSqlite_TheWeekAndTimeOffSurviveTheUpgradeAndTheDowngrade()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteMarketplaceDbContext(new DbContextOptionsBuilder<SqliteMarketplaceDbContext>().UseSqlite(connection).Options);
        await UpgradeAndDowngradeAsync(db);
    }

    [Fact]
    public async Task OnPostgres_TheWeekAndTimeOffSurviveTheUpgradeAndTheDowngrade()
    {
        var database = TestDatabase.Postgres();
        try
        {
            await using var db = new PostgresMarketplaceDbContext(
                new DbContextOptionsBuilder<PostgresMarketplaceDbContext>().UseNpgsql(database.ConnectionString).Options);
            await UpgradeAndDowngradeAsync(db);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task UpgradeAndDowngradeAsync(MarketplaceDbContext db)
    {
        var migrations = db.Database.GetMigrations().ToList();
        var upgrade = migrations.Single(m => m.EndsWith("_CaregiverScheduleAsJson", StringComparison.Ordinal));
        var before = migrations[migrations.IndexOf(upgrade) - 1];
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(before);
        var sqlite = db.Database.IsSqlite();
        await InsertCaregiverAsync(db, CaregiverId, sqlite);
        await InsertCaregiverAsync(db, IdleCaregiverId, sqlite);
        foreach (var slot in Week)
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "CaregiverWeeklySlots" ("CaregiverId", "Day", "Start", "End") VALUES ({CaregiverId}, {slot.Day.ToString()}, {slot.Start}, {slot.End})""");
        }

        await InsertTimeOffAsync(db, sqlite);

        await migrator.MigrateAsync();

        var caregiver = await db.Caregivers.AsNoTracking().SingleAsync(c => c.Id == CaregiverId);
        Assert.Equal(Week, caregiver.WeeklyAvailability);
        Assert.Equal([Leave], caregiver.TimeOff);
        Assert.All(caregiver.TimeOff, off => Assert.Equal(TimeSpan.Zero, off.From.Offset));
        var idle = await db.Caregivers.SingleAsync(c => c.Id == IdleCaregiverId);
        Assert.Empty(idle.WeeklyAvailability);
        Assert.Empty(idle.TimeOff);

        // What the app writes itself after the upgrade goes back down too.
        idle.SetAvailability("Asia/Makassar", [Week[1]], [Leave]);
        await db.SaveChangesAsync();
        await migrator.MigrateAsync(before);

        var slots = await db.Database.SqlQueryRaw<string>(
                """SELECT "CaregiverId" || ' ' || "Day" || ' ' || "Start" || ' ' || "End" AS "Value" FROM "CaregiverWeeklySlots" ORDER BY "Id" """)
            .ToListAsync();
        Assert.Equal(
            [.. Week.Select(slot => Row(CaregiverId, slot)), Row(IdleCaregiverId, Week[1])],
            slots.Select(row => row.ToUpperInvariant().Replace(".0000000", string.Empty, StringComparison.Ordinal)));
        Assert.Equal([Leave.From, Leave.From], await InstantsAsync(db, """SELECT "From" AS "Value" FROM "CaregiverTimeOff" ORDER BY "Id" """, sqlite));
        Assert.Equal([Leave.To, Leave.To], await InstantsAsync(db, """SELECT "To" AS "Value" FROM "CaregiverTimeOff" ORDER BY "Id" """, sqlite));
    }

    private static string Row(Guid caregiverId, WeeklySlot slot) =>
        FormattableString.Invariant($"{caregiverId.ToString().ToUpperInvariant()} {slot.Day.ToString().ToUpperInvariant()} {slot.Start:HH:mm:ss} {slot.End:HH:mm:ss}");

    /// <summary>The instants of the time-off rows, oldest row first: UTC ticks on SQLite, timestamptz on PostgreSQL.</summary>
    private static async Task<List<DateTimeOffset>> InstantsAsync(DbContext db, string query, bool sqlite) => sqlite
        ? [.. (await db.Database.SqlQueryRaw<long>(query).ToListAsync()).Select(ticks => new DateTimeOffset(ticks, TimeSpan.Zero))]
        : await db.Database.SqlQueryRaw<DateTimeOffset>(query).ToListAsync();

    private static Task<int> InsertTimeOffAsync(DbContext db, bool sqlite) => sqlite
        ? db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "CaregiverTimeOff" ("CaregiverId", "From", "To") VALUES ({CaregiverId}, {Leave.From.UtcTicks}, {Leave.To.UtcTicks})""")
        : db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "CaregiverTimeOff" ("CaregiverId", "From", "To") VALUES ({CaregiverId}, {Leave.From}, {Leave.To})""");

    private static Task<int> InsertCaregiverAsync(DbContext db, Guid id, bool sqlite) => sqlite
        ? db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "Caregivers" ("Id", "UserId", "FullName", "Bio", "Skills", "Languages", "AreaCodes", "HourlyRateIdr", "ServiceRadiusKm",
                "TimeZone", "Verification", "IsCareManager", "CreatedAt", "Version")
            VALUES ({id}, {id}, 'Sitti Aminah', '', '["elder-care"]', '["id"]', '[]', 60000, 8, 'Asia/Makassar', 'Verified', 0, 0, 0)
            """)
        : db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "Caregivers" ("Id", "UserId", "FullName", "Bio", "Skills", "Languages", "AreaCodes", "HourlyRateIdr", "ServiceRadiusKm",
                "TimeZone", "Verification", "IsCareManager", "CreatedAt", "Version")
            VALUES ({id}, {id}, 'Sitti Aminah', '', ARRAY['elder-care'], ARRAY['id'], ARRAY[]::text[], 60000, 8, 'Asia/Makassar',
                'Verified', FALSE, now(), 0)
            """);
}
