using System.Text;
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

    public static Task<string> TakeAsync(MarketplaceAppFactory app) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<MarketplaceDbContext>();
        var tables = db.Model.GetEntityTypes()
            .Where(type => type.GetTableName() is { } table && !Ignored.Contains(table) && !type.IsOwned())
            .Select(type => (Table: type.GetTableName()!, Versioned: type.FindProperty(AggregateVersionsProperty) is not null))
            .Distinct().OrderBy(t => t.Table, StringComparer.Ordinal);
        var fingerprint = new StringBuilder();
        foreach (var (table, versioned) in tables)
        {
            var sum = versioned ? $"COALESCE(SUM(\"{AggregateVersionsProperty}\"), 0)" : "0";
            // Table names come from the model, never from input.
            var sql = "SELECT COUNT(*) AS \"Rows\", " + sum + " AS \"Versions\" FROM \"" + table + "\"";
            var row = await db.Database.SqlQueryRaw<Counts>(sql).SingleAsync();
            fingerprint.Append(table).Append('=').Append(row.Rows).Append('/').Append(row.Versions).Append(' ');
        }

        return fingerprint.ToString();
    });

    private const string AggregateVersionsProperty = "Version";

    private sealed record Counts(long Rows, long Versions);
}
