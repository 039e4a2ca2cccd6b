using System.Net;
using Marketplace.Application.Bookings;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Bookings;

/// <summary>A caregiver is never in two visits at once, however many requests race for the same hours.</summary>
public abstract class DoubleBookingTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private const int Racers = 200;

    [Fact]
    public async Task TwoHundredConcurrentRequestsForOverlappingVisits_ExactlyOneHoldsTheTime()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Tuesday, 10);
        using var gate = new SemaphoreSlim(0);

        // Every start lies within the same hour and every visit lasts two hours, so any two overlap.
        var racers = Enumerable.Range(0, Racers).Select(async i =>
        {
            await gate.WaitAsync();
            return await family.RequestHomeCareAsync(caregiverId, recipientId, start.AddMinutes(i % 60));
        }).ToList();
        gate.Release(Racers);
        var answers = await Task.WhenAll(racers);

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(Racers - 1, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        var held = await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>()
            .Set<BookingVisit>().CountAsync(v => v.CaregiverId == caregiverId && v.HoldsTime));
        Assert.Equal(1, held);
    }

    [Fact]
    public async Task TheDatabaseItself_RefusesAnOverlappingVisit_ThatSkipsTheUseCase()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Wednesday, 10);
        await family.BookAsync(caregiverId, recipientId, start);

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => app.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            db.Bookings.Add(Booking.RequestHomeCare(
                new HomeCareRequest(
                    new BookingParties(Guid.NewGuid(), Guid.NewGuid(), recipientId, "Uji", caregiverId, Guid.NewGuid(), "Uji"),
                    [start.AddHours(1)], 2, Money.FromRupiah(60_000), IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24)),
                DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        }));
        Assert.Contains(DatabaseGuardName, Messages(refused), StringComparison.Ordinal);
    }

    private const string DatabaseGuardName = "caregiver_double_booked";

    private static string Messages(Exception failure) =>
        failure.InnerException is null ? failure.Message : failure.Message + " | " + Messages(failure.InnerException);
}

public sealed class DoubleBookingOnSqlite(SqliteAppFactory app) : DoubleBookingTests<SqliteAppFactory>(app);

public sealed class DoubleBookingOnPostgres(PostgresAppFactory app) : DoubleBookingTests<PostgresAppFactory>(app);
