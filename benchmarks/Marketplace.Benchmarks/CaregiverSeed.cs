using System.Globalization;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Search;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Taxonomies;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Search;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks;

/// <summary>
/// Verified caregivers written straight to the database in batches, then the search index rebuilt once,
/// as after any bulk import (the index updates each batch queued are dropped).
/// </summary>
internal sealed class CaregiverSeed(MarketplaceAppFactory app)
{
    private const int BatchSize = 2_000;

    private static readonly string[] Words =
        ["lansia", "demensia", "stroke", "perawat", "fisioterapi", "gizi", "luka", "disabilitas", "autisme", "anak", "sabar", "berpengalaman"];

    /// <summary>
    /// The weeks and time off of the search benchmarks' synthetic caregivers (<see cref="SyntheticSchedules"/>; booked
    /// visits would need bookings, so there are none).
    /// </summary>
    public static readonly Func<Random, (IReadOnlyList<WeeklySlot> Weekly, IReadOnlyList<TimeOff> TimeOff)> VariedWeeks =
        random => (SyntheticSchedules.Weekly(random), SyntheticSchedules.TimeOff(random, IndonesianTimeZones.Wita));

    /// <summary>
    /// Writes <paramref name="count"/> caregivers whose homes <paramref name="home"/> places; returns them. They work every
    /// day 06:00–20:00 WITA unless <paramref name="availability"/> draws their weeks.
    /// </summary>
    public async Task<List<Caregiver>> RunAsync(
        int count, Func<int, Random, GeoPoint> home, Random random, Func<Random, (IReadOnlyList<WeeklySlot> Weekly, IReadOnlyList<TimeOff> TimeOff)>? availability = null)
    {
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var document = new CertificateDocument("benchmark.pdf", "application/pdf", 1_000, now);
        var skills = Skills.All.Terms.Select(t => t.Slug).ToArray();
        var languages = Languages.All.Terms.Select(t => t.Slug).ToArray();
        var caregivers = new List<Caregiver>(count);
        for (var first = 0; first < count; first += BatchSize)
        {
            var batch = Enumerable.Range(first, Math.Min(BatchSize, count - first)).Select(i =>
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"Pendamping {i:000000}");
                var caregiver = Caregiver.Register(Guid.NewGuid(), name, now);
                caregiver.UpdateProfile(new CaregiverProfile(
                    name,
                    string.Join(' ', Words.OrderBy(_ => random.Next()).Take(4)),
                    [.. skills.OrderBy(_ => random.Next()).Take(1 + random.Next(4))],
                    [.. languages.OrderBy(_ => random.Next()).Take(1 + random.Next(2))],
                    Money.FromRupiah(40_000 + (5_000 * random.Next(17))),
                    home(i, random),
                    25 + random.Next(26),
                    ["73.71.10"]));

                // Instances of their own: EF Core tracks owned entities by reference, one owner each.
                var (weekly, timeOff) = availability?.Invoke(random)
                    ?? ([.. Enum.GetValues<DayOfWeek>().Select(day => new WeeklySlot(day, new TimeOnly(6, 0), new TimeOnly(20, 0)))], []);
                caregiver.SetAvailability(IndonesianTimeZones.Wita, weekly, timeOff);
                var certificate = caregiver.AddCertificate(new CertificateDetails("Pendamping", $"BNSP-{i}", "LSP", today.AddYears(-1), today.AddYears(2)), now);
                caregiver.AttachCertificateDocument(certificate.Id, document);
                caregiver.Verify(today);
                return caregiver;
            }).ToList();
            await SaveAsync(db => db.Caregivers.AddRange(batch));
            caregivers.AddRange(batch);
        }

        return caregivers;
    }

    /// <summary>
    /// Ends a bulk load as a running deployment would have it by the time it is busy: on PostgreSQL, the tables vacuumed and
    /// their statistics taken, which autovacuum does within minutes of a load; then the index updates the saves queued
    /// dropped and the index rebuilt once from the database. Returns the caregivers indexed.
    /// </summary>
    /// <remarks>
    /// Without the statistics PostgreSQL plans the booking's queries for the empty tables the load began with: the
    /// dispatcher read a caregiver's booked visits and weekly hours by scanning whole tables, and a booking's statements
    /// took 1.7 ms against 1.2 ms with them (docs/benchmarks.md, the fourth look).
    /// SQLite is left as deployed, which never gathers statistics of its own.
    /// </remarks>
    public Task<int> EndBulkLoadAsync() => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<MarketplaceDbContext>();
        await db.OutboxMessages
            .Where(m => m.ProcessedAt == null && m.Type == OutboxHandlers.TypeName(typeof(CaregiverChanged)))
            .ExecuteDeleteAsync();
        if (app.Database.Provider == DatabaseProvider.PostgreSql)
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }

        return await services.GetRequiredService<SearchIndexBuilder>().RebuildAsync(CancellationToken.None);
    });

    public Task<int> SaveAsync(Action<MarketplaceDbContext> add) => app.InScopeAsync(services =>
    {
        var db = services.GetRequiredService<MarketplaceDbContext>();
        add(db);
        return db.SaveChangesAsync();
    });
}
