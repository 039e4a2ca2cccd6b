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
/// Verified caregivers near Gowa who work every day from 06:00 to 20:00 WITA, and existing bookings
/// spread over them in the mornings, written straight to the database in batches.
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
        var seed = new CaregiverSeed(app);

        // Near the benchmark family's recipient (Gowa), each within reach of the others' homes.
        var caregivers = await seed.RunAsync(Caregivers, (_, random) => GeoPoint.Create(-5.20 + (random.NextDouble() * 0.02), 119.45 + (random.NextDouble() * 0.02)), new Random(7371));
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
                        [start], 2, caregiver.HourlyRate, IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24), LatestStart: DateTimeOffset.MaxValue,
                        BookingPolicy.Default.CommissionPercent),
                    now);
                if (i % 2 == 0)
                {
                    booking.Accept(now);
                }

                // Seeded bookings are history, not news: nobody is emailed about them.
                booking.ClearEvents();
                return booking;
            }).ToList();
            await seed.SaveAsync(db => db.Bookings.AddRange(batch));
        }

        await seed.EndBulkLoadAsync();
        return caregivers;
    }
}
