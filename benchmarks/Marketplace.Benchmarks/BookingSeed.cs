using System.Globalization;
using Marketplace.Application.Bookings;
using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Search;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Marketplace.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks;

/// <summary>
/// Verified caregivers around Makassar who work every day from 06:00 to 20:00 WITA, and existing
/// bookings spread over them in the mornings, written straight to the database in batches.
/// </summary>
internal sealed class BookingSeed(MarketplaceAppFactory app, int existingBookings)
{
    public const int Caregivers = 2_000;
    private const int BatchSize = 2_000;
    private static readonly DateOnly FirstDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);

    /// <summary>14:00–16:00 WITA on the given day: never a seeded booking's hours, which are mornings.</summary>
    public static DateTimeOffset FreeAfternoon(int day) => IndonesianTimeZones.ToInstant(FirstDay.AddDays(day), new TimeOnly(14, 0), IndonesianTimeZones.Wita);

    public async Task<IReadOnlyList<Caregiver>> RunAsync(Guid recipientId, HttpClient family, TextWriter log)
    {
        var me = await (await family.GetAsync("/api/v1/me")).ReadJsonAsync();
        var familyId = me.GetProperty("familyId").GetGuid();
        var familyUserId = me.GetProperty("id").GetGuid();
        var caregivers = await SeedCaregiversAsync();
        log.WriteLine($"seeded {caregivers.Count} caregivers");

        var now = DateTimeOffset.UtcNow;
        for (var first = 0; first < existingBookings; first += BatchSize)
        {
            var batch = Enumerable.Range(first, Math.Min(BatchSize, existingBookings - first)).Select(i =>
            {
                var caregiver = caregivers[i % caregivers.Count];
                var start = IndonesianTimeZones.ToInstant(FirstDay.AddDays(i / caregivers.Count), new TimeOnly(8, 0), IndonesianTimeZones.Wita);
                var booking = Booking.RequestHomeCare(
                    new HomeCareRequest(
                        new BookingParties(familyId, familyUserId, recipientId, "Penerima", caregiver.UserId, caregiver.FullName, caregiver.Id, null),
                        [start], 2, caregiver.HourlyRate, IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24)),
                    now);
                if (i % 2 == 0)
                {
                    booking.Accept(now);
                }

                // Seeded bookings are history, not news: nobody is emailed about them.
                booking.ClearEvents();
                return booking;
            }).ToList();
            await SaveAsync(db => db.Bookings.AddRange(batch));
        }

        await RebuildSearchIndexAsync();
        return caregivers;
    }

    /// <summary>
    /// As after any bulk import: the index updates queued per saved batch are dropped and the index is
    /// rebuilt once from the database (the rebuild-search command does the same).
    /// </summary>
    private Task<int> RebuildSearchIndexAsync() => app.InScopeAsync(async services =>
    {
        await services.GetRequiredService<MarketplaceDbContext>().OutboxMessages
            .Where(m => m.ProcessedAt == null && m.Type == OutboxHandlers.TypeName(typeof(CaregiverChanged)))
            .ExecuteDeleteAsync();
        return await services.GetRequiredService<SearchIndexBuilder>().RebuildAsync(CancellationToken.None);
    });

    private async Task<List<Caregiver>> SeedCaregiversAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var random = new Random(7371);
        var document = new CertificateDocument("benchmark.pdf", "application/pdf", 1_000, now);
        var caregivers = Enumerable.Range(0, Caregivers).Select(i =>
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"Pendamping {i:0000}");
            var caregiver = Caregiver.Register(Guid.NewGuid(), name, now);
            caregiver.UpdateProfile(new CaregiverProfile(
                name, "Pendamping lansia.", ["elder-care"], ["id"], Money.FromRupiah(60_000),
                GeoPoint.Create(-5.20 + (random.NextDouble() * 0.02), 119.45 + (random.NextDouble() * 0.02)), 50, ["73.06.08"]));
            // Instances of their own: EF Core tracks owned entities by reference, one owner each.
            caregiver.SetAvailability(IndonesianTimeZones.Wita, [.. Enum.GetValues<DayOfWeek>().Select(day => new WeeklySlot(day, new TimeOnly(6, 0), new TimeOnly(20, 0)))], []);
            var certificate = caregiver.AddCertificate(new CertificateDetails("Pendamping Lansia", $"BNSP-{i}", "LSP", today.AddYears(-1), today.AddYears(2)), now);
            caregiver.AttachCertificateDocument(certificate.Id, document);
            caregiver.Verify(today);
            return caregiver;
        }).ToList();
        foreach (var batch in caregivers.Chunk(500))
        {
            await SaveAsync(db => db.Caregivers.AddRange(batch));
        }

        return caregivers;
    }

    private Task<int> SaveAsync(Action<MarketplaceDbContext> add) => app.InScopeAsync(services =>
    {
        var db = services.GetRequiredService<MarketplaceDbContext>();
        add(db);
        return db.SaveChangesAsync();
    });
}
