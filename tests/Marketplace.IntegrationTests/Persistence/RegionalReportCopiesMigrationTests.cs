using Marketplace.Infrastructure.Persistence.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Marketplace.IntegrationTests.Persistence;

/// <summary>
/// Care booked before the report read visits alone is still counted after the upgrade: the upgrade copies each booking's
/// kind, family, person's kind and whether it was confirmed onto its visits, and its area onto its reviews, complaints and
/// ledger lines.
/// </summary>
public sealed class RegionalReportCopiesMigrationTests
{
    private const string PaidThenCancelled = "01a22e00-0000-7000-8000-0000000000a1";
    private const string Unanswered = "01a22e00-0000-7000-8000-0000000000b1";

    [Fact]
    public async Task BookingsFromBeforeTheUpgrade_HaveTheirVisitsReviewsAndLedgerLinesFilledIn()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteMarketplaceDbContext(new DbContextOptionsBuilder<SqliteMarketplaceDbContext>().UseSqlite(connection).Options);
        var migrations = db.Database.GetMigrations().ToList();
        var upgrade = migrations.Single(m => m.EndsWith("_RegionalReportCopies", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[migrations.IndexOf(upgrade) - 1]);
        await InsertBookingAsync(db, PaidThenCancelled, "Daycare", "Cancelled", paymentId: "01a22e00-0000-7000-8000-0000000000a9", "Child", "73.71.10");
        await InsertBookingAsync(db, Unanswered, "HomeCare", "Requested", paymentId: null, "Elder", "73.02.01");
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "Reviews" ("Id", "BookingId", "FamilyUserId", "ReviewerName", "Rating", "Text", "CreatedAt", "Version")
            VALUES ('01a22e00-0000-7000-8000-0000000000a3', {PaidThenCancelled}, {PaidThenCancelled}, 'Sitti A.', 5, 'Baik.', 0, 0);
            INSERT INTO "Complaints" ("Id", "BookingId", "Category", "Description", "FamilyUserId", "FiledAt", "ProviderName", "ProviderUserId", "RecipientId",
                "Status", "SuspendedProvider", "Version")
            VALUES ('01a22e00-0000-7000-8000-0000000000a5', {PaidThenCancelled}, 'Safety', 'Terlambat.', {PaidThenCancelled}, 0, 'Penyedia', {PaidThenCancelled},
                {PaidThenCancelled}, 'Open', 0, 0);
            INSERT INTO "LedgerEntries" ("Id", "TransactionKey", "Leg", "Kind", "BookingId", "DebitAccount", "CreditAccount", "AmountIdr", "PostedAt")
            VALUES ('01a22e00-0000-7000-8000-0000000000a4', 'visit:a', 1, 'VisitCharge', {PaidThenCancelled}, 'family:a', 'provider:a', 85000, 0),
                   ('01a22e00-0000-7000-8000-0000000000c4', 'payout:c', 1, 'Payout', NULL, 'provider:a', 'payouts-in-transit', 85000, 0);
            """);

        await migrator.MigrateAsync();

        var visits = await db.Database.SqlQueryRaw<string>(
                """SELECT "Kind" || ' ' || "FamilyId" || ' ' || "RecipientKind" || ' ' || "BookingWasConfirmed" AS "Value" FROM "BookingVisits" ORDER BY "Id" """)
            .ToListAsync();
        Assert.Equal([$"Daycare {Family(PaidThenCancelled)} Child 1", $"HomeCare {Family(Unanswered)} Elder 0"], visits);
        var reviewArea = await db.Database.SqlQueryRaw<string>("""SELECT "RecipientAreaCode" AS "Value" FROM "Reviews" """).SingleAsync();
        Assert.Equal("73.71.10", reviewArea);
        var complaintArea = await db.Database.SqlQueryRaw<string>("""SELECT "RecipientAreaCode" AS "Value" FROM "Complaints" """).SingleAsync();
        Assert.Equal("73.71.10", complaintArea);
        var ledgerAreas = await db.Database.SqlQueryRaw<string>("""SELECT COALESCE("RecipientAreaCode", 'none') AS "Value" FROM "LedgerEntries" ORDER BY "Id" """)
            .ToListAsync();
        Assert.Equal(["73.71.10", "none"], ledgerAreas);
    }

    private static string Family(string bookingId) => bookingId[..^1] + "f";

    private static Task<int> InsertBookingAsync(DbContext db, string id, string kind, string status, string? paymentId, string recipientKind, string areaCode) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "Bookings" ("Id", "Kind", "Status", "FamilyId", "FamilyUserId", "RecipientId", "RecipientName", "ProviderUserId", "ProviderName",
                "TimeZone", "HourlyRateIdr", "VisitPriceIdr", "PriceIdr", "LateCancellationPercent", "RequestedAt", "RespondBy", "Version", "CommissionPercent",
                "PaymentId", "RecipientKind", "RecipientAreaCode")
            VALUES ({id}, {kind}, {status}, {Family(id)}, {id}, {id}, 'Nabila', {id}, 'Penyedia', 'Asia/Makassar', 0, 85000, 85000, 50, 0, 0, 0, 5,
                {paymentId}, {recipientKind}, {areaCode});
            INSERT INTO "BookingVisits" ("Id", "BookingId", "RecipientId", "StartsAt", "EndsAt", "Status", "HoldsTime", "LengthMinutes", "RecipientAreaCode")
            VALUES ({id[..^1] + "e"}, {id}, {id}, 0, 0, 'Scheduled', 1, 480, {areaCode});
            """);
}
