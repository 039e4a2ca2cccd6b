using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Hostile;

/// <summary>
/// What the database holds, in brief: the rows of every table and the sum of every aggregate's version.
/// Equal before and after a refused request means the request stored nothing and changed nothing.
/// </summary>
internal static class DatabaseFingerprint
{
    // Leases are taken by the app's own schedules, every page that shows a person in care logs that it was read, and
    // in-app notices are kept as the outbox sends emails queued by earlier commits (a refused request queues none, as the
    // unchanged OutboxMessages show): none is data a request stores.
    private static readonly string[] Ignored = ["JobLeases", "RecipientAccessLog", "Notices"];

    /// <summary>One query over every table: a round trip per table made the hostile suites minutes slower on PostgreSQL.</summary>
    public static Task<string> TakeAsync(MarketplaceAppFactory app) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<MarketplaceDbContext>();
        var counts = await db.Database.SqlQueryRaw<Counts>(CountingQuery(db)).ToListAsync();
        return string.Join(' ', counts.OrderBy(c => c.Table, StringComparer.Ordinal).Select(c => $"{c.Table}={c.Rows}/{c.Versions}"));
    });

    private static string CountingQuery(MarketplaceDbContext db)
    {
        var tables = db.Model.GetEntityTypes()
            .Where(type => type.GetTableName() is { } table && !Ignored.Contains(table) && !type.IsOwned())
            .Select(type => (Table: type.GetTableName()!, Versioned: type.FindProperty(AggregateVersionsProperty) is not null))
            .Distinct();

        // Table names come from the model, never from input.
        return string.Join(" UNION ALL ", tables.Select(t =>
            $"SELECT '{t.Table}' AS \"Table\", CAST(COUNT(*) AS BIGINT) AS \"Rows\", "
            + (t.Versioned ? $"CAST(COALESCE(SUM(\"{AggregateVersionsProperty}\"), 0) AS BIGINT)" : "CAST(0 AS BIGINT)")
            + $" AS \"Versions\" FROM \"{t.Table}\""));
    }

    private const string AggregateVersionsProperty = "Version";

    private sealed record Counts(string Table, long Rows, long Versions);
}
