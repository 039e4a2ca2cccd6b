using Marketplace.Application.Bookings;
using Marketplace.Application.Families;
using Marketplace.Application.Reviews;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks;

/// <summary>
/// Home-care bookings given over the two years before today, spread over ten regencies of South Sulawesi (five districts
/// each), 2,000 caregivers, 200,000 families and 300,000 people of the three kinds: each with its visit checked out, the
/// visit's charge in the ledger (two lines) and, for one booking in ten, a review. One booking is made through the domain and
/// saved by EF; the database then copies its rows with INSERT … SELECT over a generated series (no row passes through
/// .NET), so a million bookings take about a minute.
/// </summary>
internal sealed class ReportSeed(MarketplaceAppFactory app, int bookings)
{
    public const int Caregivers = 2_000;

    /// <summary>Ten regencies: Selayar, Bulukumba, Bantaeng, Jeneponto, Takalar, Gowa, Maros, Makassar, Parepare, Palopo.</summary>
    private const string Regencies = "01020304050609717273";

    private static readonly DateOnly FirstDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-732);

    public async Task RunAsync(TextWriter log)
    {
        await SaveTemplateAsync();
        var postgres = app.Database.Provider == DatabaseProvider.PostgreSql;
        var sql = new SeedSql(postgres, bookings);
        await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            foreach (var (table, statement) in sql.Statements(await ColumnsAsync(db, postgres)))
            {
                var started = DateTimeOffset.UtcNow;
                await db.Database.ExecuteSqlRawAsync(statement);
                log.WriteLine($"seeded {table} in {(DateTimeOffset.UtcNow - started).TotalSeconds:0} s");
            }

            // PostgreSQL's autovacuum would vacuum the new rows within minutes of the load (an insert threshold since version 13),
            // marking their pages all-visible so the report's covering indexes are read without visiting the table; done here at once.
            await db.Database.ExecuteSqlRawAsync(postgres ? "VACUUM ANALYZE" : "ANALYZE");
            return 0;
        });
    }

    /// <summary>The booking every seeded one copies: given, charged and reviewed on <see cref="FirstDay"/> at 08:00 WITA.</summary>
    private Task<int> SaveTemplateAsync() => app.InScopeAsync(services =>
    {
        var db = services.GetRequiredService<MarketplaceDbContext>();
        var start = IndonesianTimeZones.ToInstant(FirstDay, new TimeOnly(8, 0), IndonesianTimeZones.Wita);
        var booked = start.AddDays(-3);
        var booking = Booking.RequestHomeCare(
            new HomeCareRequest(
                new BookingParties(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Penerima", Guid.NewGuid(), "Pendamping", Guid.NewGuid(), null,
                    RecipientKind.Elder, "73.71.01"),
                [start], 2, Money.FromRupiah(50_000), IndonesianTimeZones.Wita, 50, TimeSpan.FromDays(1), DateTimeOffset.MaxValue, BookingPolicy.Default.CommissionPercent),
            booked);
        booking.Accept(booked);
        booking.PayOffline(booked);
        booking.CheckIn(null, start);
        booking.CheckOut(new VisitLog(["companionship"], "Menemani.", null), start.AddHours(2));

        // Seeded bookings are history, not news: nobody is emailed about them.
        booking.ClearEvents();
        db.Bookings.Add(booking);
        db.Reviews.Add(Review.Write(booking, "Keluarga Uji", 4, "Baik.", start.AddHours(3)));
        return db.SaveChangesAsync();
    });

    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ColumnsAsync(MarketplaceDbContext db, bool postgres)
    {
        var columns = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var table in SeedSql.Tables)
        {
            columns[table] = await db.Database.SqlQueryRaw<string>(postgres
                    ? $"SELECT column_name AS \"Value\" FROM information_schema.columns WHERE table_name = '{table}' ORDER BY ordinal_position"
                    : $"SELECT name AS \"Value\" FROM pragma_table_info('{table}')")
                .ToListAsync();
        }

        return columns;
    }

    /// <summary>The INSERT … SELECT statements, in the SQL of SQLite or PostgreSQL; row <c>n</c> of the series is booking <c>n</c>.</summary>
    private sealed class SeedSql(bool postgres, int bookings)
    {
        public static readonly string[] Tables = ["Bookings", "BookingVisits", "LedgerEntries", "Reviews"];

        public IEnumerable<(string Table, string Sql)> Statements(IReadOnlyDictionary<string, IReadOnlyList<string>> columns)
        {
            var booking = Id(1, "s.n");
            var area = $"'73.' || substr('{Regencies}', 2 * (s.n % 10) + 1, 2) || '.0' || CAST((s.n / 10) % 5 + 1 AS {Text})";

            // A caregiver's visits are a slot apart, about 1.46 days, so none overlaps another of theirs (the database refuses that).
            // Later rows are earlier visits: SQLite's overlap trigger then finds no earlier visit of the caregiver to compare with,
            // where in time order each insert would compare with all of the caregiver's visits before it.
            var days = $"(((({bookings} - 1 - s.n) / {Caregivers}) * 730) / {Math.Max(1, (bookings + Caregivers - 1) / Caregivers)})";
            yield return ("Bookings", Copy("Bookings", columns, "", new()
            {
                ["Id"] = booking,
                ["FamilyId"] = Id(2, "s.n % 200000"),
                ["RecipientId"] = Id(3, "s.n % 300000"),
                ["RecipientKind"] = "CASE s.n % 3 WHEN 0 THEN 'Elder' WHEN 1 THEN 'Disability' ELSE 'Child' END",
                ["RecipientAreaCode"] = area,
                ["CaregiverId"] = Id(4, $"s.n % {Caregivers}"),
            }));
            yield return ("BookingVisits", Copy("BookingVisits", columns, "", new()
            {
                ["Id"] = Id(5, "s.n"),
                ["BookingId"] = booking,
                ["FamilyId"] = Id(2, "s.n % 200000"),
                ["RecipientId"] = Id(3, "s.n % 300000"),
                ["RecipientKind"] = "CASE s.n % 3 WHEN 0 THEN 'Elder' WHEN 1 THEN 'Disability' ELSE 'Child' END",
                ["CaregiverId"] = Id(4, $"s.n % {Caregivers}"),
                ["RecipientAreaCode"] = area,
                ["StartsAt"] = Later("t.\"StartsAt\"", days),
                ["EndsAt"] = Later("t.\"EndsAt\"", days),
                ["CheckedInAt"] = Later("t.\"CheckedInAt\"", days),
                ["CheckedOutAt"] = Later("t.\"CheckedOutAt\"", days),
            }));
            yield return ("LedgerEntries", Copy("LedgerEntries", columns, "", new()
            {
                ["Id"] = Id(6, "s.n * 2 + t.\"Leg\""),
                ["TransactionKey"] = $"'bench:' || CAST(s.n AS {Text})",
                ["BookingId"] = booking,
                ["RecipientAreaCode"] = area,
                ["PostedAt"] = Later("t.\"PostedAt\"", days),
            }));
            yield return ("Reviews", Copy("Reviews", columns, "WHERE s.n % 10 = 0", new()
            {
                ["Id"] = Id(7, "s.n"),
                ["BookingId"] = booking,
                ["RecipientAreaCode"] = area,
                ["Rating"] = "1 + s.n % 5",
                ["CreatedAt"] = Later("t.\"CreatedAt\"", days),
            }));
        }

        private string Text => postgres ? "text" : "TEXT";

        /// <summary>Every row of <paramref name="table"/> (the template's) copied once per booking, with <paramref name="set"/> columns computed.</summary>
        private string Copy(string table, IReadOnlyDictionary<string, IReadOnlyList<string>> columns, string where, Dictionary<string, string> set)
        {
            var names = columns[table];
            var values = names.Select(name => set.TryGetValue(name, out var value) ? value : $"t.\"{name}\"");
            var series = postgres
                ? $"generate_series(0, {bookings - 1}) AS s(n)"
                : $"(WITH RECURSIVE r(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM r WHERE n < {bookings - 1}) SELECT n FROM r) AS s";
            return $"INSERT INTO \"{table}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) "
                + $"SELECT {string.Join(", ", values)} FROM \"{table}\" AS t CROSS JOIN {series} {where}";
        }

        /// <summary>A GUID unique to <paramref name="kind"/> and <paramref name="n"/>, as each database stores one (SQLite: upper-case text).</summary>
        private string Id(int kind, string n) => postgres
            ? $"CAST('0000000{kind}-0000-4000-8000-' || lpad(to_hex({n}), 12, '0') AS uuid)"
            : $"printf('0000000{kind}-0000-4000-8000-%012X', {n})";

        private string Later(string instant, string days) => postgres ? $"{instant} + {days} * INTERVAL '1 day'" : $"{instant} + {days} * 864000000000";
    }
}
