using Marketplace.Infrastructure.Persistence.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Marketplace.IntegrationTests.Persistence;

/// <summary>
/// Caregivers verified before certificates were marked one by one keep showing families what the verifier saw: the
/// upgrade marks their documented certificates, and nobody else's.
/// </summary>
public sealed class VerifiedCertificatesMigrationTests
{
    [Fact]
    public async Task TheDocumentedCertificatesOfAVerifiedCaregiver_AreMarkedVerifiedByTheUpgrade()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteMarketplaceDbContext(new DbContextOptionsBuilder<SqliteMarketplaceDbContext>().UseSqlite(connection).Options);
        var migrations = db.Database.GetMigrations().ToList();
        var upgrade = migrations.Single(m => m.EndsWith("_VerifiedCertificates", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[migrations.IndexOf(upgrade) - 1]);
        await InsertCaregiverAsync(db, "01a22e00-0000-7000-8000-0000000000a1", "Verified");
        await InsertCaregiverAsync(db, "01a22e00-0000-7000-8000-0000000000b1", "Pending");
        await InsertCertificateAsync(db, "01a22e00-0000-7000-8000-0000000000a2", "01a22e00-0000-7000-8000-0000000000a1", "scan-a");
        await InsertCertificateAsync(db, "01a22e00-0000-7000-8000-0000000000a3", "01a22e00-0000-7000-8000-0000000000a1", null);
        await InsertCertificateAsync(db, "01a22e00-0000-7000-8000-0000000000b2", "01a22e00-0000-7000-8000-0000000000b1", "scan-b");

        await migrator.MigrateAsync();

        var marked = await db.Database.SqlQueryRaw<string>("""SELECT "Id" AS "Value" FROM "CaregiverCertificates" WHERE "Verified" = 1""").ToListAsync();
        Assert.Equal(["01a22e00-0000-7000-8000-0000000000a2"], marked);
    }

    private static Task<int> InsertCaregiverAsync(DbContext db, string id, string verification) => db.Database.ExecuteSqlAsync(
        $"""
        INSERT INTO "Caregivers" ("Id", "UserId", "FullName", "Bio", "Skills", "Languages", "AreaCodes", "HourlyRateIdr", "ServiceRadiusKm",
            "TimeZone", "Verification", "IsCareManager", "CreatedAt", "Version")
        VALUES ({id}, {id}, 'Sitti Aminah', '', '["elder-care"]', '["id"]', '[]', 60000, 8, 'Asia/Makassar', {verification}, 0, 0, 0)
        """);

    private static Task<int> InsertCertificateAsync(DbContext db, string id, string caregiverId, string? documentKey) => db.Database.ExecuteSqlAsync(
        $"""
        INSERT INTO "CaregiverCertificates" ("Id", "CaregiverId", "Title", "Number", "Issuer", "IssuedOn", "ExpiresOn",
            "DocumentKey", "DocumentContentType", "DocumentSizeBytes", "DocumentUploadedAt")
        VALUES ({id}, {caregiverId}, 'Sertifikat Kompetensi', {"BNSP-" + id}, 'LSP Pekerja Sosial', '2026-01-01', '2028-01-01',
            {documentKey}, {(documentKey is null ? null : "application/pdf")}, {(documentKey is null ? null : 10L)}, {(documentKey is null ? null : 0L)})
        """);
}
