using System.Net;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Bookings;

/// <summary>
/// A caregiver is never in two visits at once, and a daycare day or clinic slot never holds more than its
/// places, however many requests race for them.
/// </summary>
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

        // Every start lies within the same hour and every visit lasts two hours, so any two overlap.
        var minute = 0;
        var answers = await RaceAsync(() => family.RequestHomeCareAsync(caregiverId, recipientId, start.AddMinutes(Interlocked.Increment(ref minute) % 60)));

        Assert.Equal(1, answers.Count(a => a == HttpStatusCode.Created));
        Assert.Equal(Racers - 1, answers.Count(a => a == HttpStatusCode.Conflict));
        var held = await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>()
            .Set<BookingVisit>().CountAsync(v => v.CaregiverId == caregiverId && v.HoldsTime));
        Assert.Equal(1, held);
    }

    [Fact]
    public async Task TwoHundredConcurrentRequestsForOneDaycareDay_TakeExactlyItsPlaces()
    {
        const int places = 5;
        var (_, listingId) = await app.NewDaycareAsync(places);
        var (family, children) = await FamilyOfAsync(TestListings.Child());
        var monday = DateOnly.FromDateTime(Next(DayOfWeek.Monday, 9).DateTime);

        var next = 0;
        var answers = await RaceAsync(() => family.BookDaycareAsync(listingId, children[Interlocked.Increment(ref next) % children.Count], monday));

        Assert.Equal(places, answers.Count(a => a == HttpStatusCode.Created));
        Assert.Equal(Racers - places, answers.Count(a => a == HttpStatusCode.Conflict));
        var taken = await app.InScopeAsync(services => services.GetRequiredService<IPlaceCounter>().DaycareTakenAsync(listingId, monday, monday, default));
        Assert.Equal(places, taken[monday]);
    }

    [Fact]
    public async Task TwoHundredConcurrentRequestsForOneClinicSlot_TakeExactlyItsCapacity()
    {
        const int capacity = 4;
        var (_, _, slotId) = await app.NewClinicSlotAsync(capacity);
        var (family, recipients) = await FamilyOfAsync(TestBookings.RecipientNearGowa());

        var next = 0;
        var answers = await RaceAsync(() => family.PostJsonAsync(
            "/api/v1/bookings", new { kind = "mobileClinic", slotId, recipientId = recipients[Interlocked.Increment(ref next) % recipients.Count] }));

        Assert.Equal(capacity, answers.Count(a => a == HttpStatusCode.Created));
        Assert.Equal(Racers - capacity, answers.Count(a => a == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task TwoHundredConcurrentRequestsForOneChildOnOneDay_GiveTheChildOnePlace()
    {
        var (_, listingId) = await app.NewDaycareAsync(placesPerDay: 5);
        var (family, childId) = await app.NewFamilyAsync(TestListings.Child());
        var monday = DateOnly.FromDateTime(Next(DayOfWeek.Monday, 9).DateTime);

        var answers = await RaceAsync(() => family.BookDaycareAsync(listingId, childId, monday));

        Assert.Equal(1, answers.Count(a => a == HttpStatusCode.Created));
        Assert.Equal(Racers - 1, answers.Count(a => a == HttpStatusCode.Conflict));
        var taken = await app.InScopeAsync(services => services.GetRequiredService<IPlaceCounter>().DaycareTakenAsync(listingId, monday, monday, default));
        Assert.Equal(1, taken[monday]);
    }

    [Fact]
    public async Task TheDatabaseItself_RefusesASecondPlaceForOnePerson_ThatSkipsTheUseCase()
    {
        var (_, _, slotId) = await app.NewClinicSlotAsync(capacityPerSlot: 3);
        var (family, recipientId) = await app.NewFamilyAsync();
        var booked = await family.PostJsonAsync("/api/v1/bookings", new { kind = "mobileClinic", slotId, recipientId });
        booked.EnsureSuccessStatusCode();
        var first = (await booked.ReadJsonAsync()).GetProperty("visits")[0];

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => app.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            var start = first.GetProperty("start").GetDateTimeOffset();
            db.Bookings.Add(Booking.Reserve(
                new PlaceReservation(
                    BookingKind.MobileClinic, new BookingParties(Guid.NewGuid(), Guid.NewGuid(), recipientId, "Uji", Guid.NewGuid(), "Klinik", null, null),
                    [new TimeWindow(start, first.GetProperty("end").GetDateTimeOffset())], slotId, Money.FromRupiah(25_000), IndonesianTimeZones.Wita, 50,
                    DateOnly.MaxValue, CommissionPercent: 5),
                DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        }));
        Assert.Contains("recipient_place_taken", Messages(refused), StringComparison.Ordinal);
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
                    new BookingParties(Guid.NewGuid(), Guid.NewGuid(), recipientId, "Uji", Guid.NewGuid(), "Uji", caregiverId, null),
                    [start.AddHours(1)], 2, Money.FromRupiah(60_000), IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24), DateTimeOffset.MaxValue,
                    CommissionPercent: 10),
                DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        }));
        Assert.Contains(DatabaseGuardName, Messages(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentCommandsWritingOneCaregiversTime_ThatSkipTheUseCasesCheck_AreRefusedAsDoubleBooked_NeverDeadlocked()
    {
        // Each racer's save reaches the database: the use case's own look for overlaps is skipped, so only the
        // database and the writers' turns stand between them. Four weekly visits a booking: an inserter that waited for
        // another's first visit is itself waited for on the next, which is how overlapping inserts deadlocked.
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (_, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Thursday, 10);
        using var gate = new SemaphoreSlim(0);
        var racers = Enumerable.Range(0, 20).Select(_ => app.InScopeAsync(async services =>
        {
            await gate.WaitAsync();
            try
            {
                await services.GetRequiredService<IUnitOfWork>().RunInTransactionAsync(_ =>
                {
                    services.GetRequiredService<MarketplaceDbContext>().Bookings.Add(WeeklyVisits(caregiverId, recipientId, start, weeks: 4));
                    return ValueTask.FromResult(true);
                }, default);
                return "saved";
            }
            catch (BusinessRuleException refused)
            {
                return refused.Message;
            }
        })).ToList();
        gate.Release(racers.Count);
        var outcomes = await Task.WhenAll(racers);

        Assert.Equal(1, outcomes.Count(o => o == "saved"));
        Assert.All(outcomes.Where(o => o != "saved"), refusal => Assert.Equal(Booking.CaregiverAlreadyBooked, refusal));
        var held = await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>()
            .Set<BookingVisit>().CountAsync(v => v.CaregiverId == caregiverId && v.HoldsTime));
        Assert.Equal(4, held);
    }

    private static Booking WeeklyVisits(Guid caregiverId, Guid recipientId, DateTimeOffset first, int weeks) =>
        Booking.RequestHomeCare(
            new HomeCareRequest(
                new BookingParties(Guid.NewGuid(), Guid.NewGuid(), recipientId, "Uji", Guid.NewGuid(), "Uji", caregiverId, null),
                [.. Enumerable.Range(0, weeks).Select(week => first.AddDays(7 * week))], 2, Money.FromRupiah(60_000), IndonesianTimeZones.Wita, 50,
                TimeSpan.FromHours(24), DateTimeOffset.MaxValue, CommissionPercent: 10),
            DateTimeOffset.UtcNow);

    /// <summary>A family caring for 20 people like <paramref name="recipient"/>: one person takes one place, so capacity races need many.</summary>
    private async Task<(HttpClient Family, List<Guid> Recipients)> FamilyOfAsync(object recipient)
    {
        var (family, first) = await app.NewFamilyAsync(recipient);
        var recipients = new List<Guid> { first };
        for (var i = 1; i < 20; i++)
        {
            var added = await family.PostJsonAsync("/api/v1/families/me/recipients", recipient);
            added.EnsureSuccessStatusCode();
            recipients.Add((await added.ReadJsonAsync()).GetProperty("id").GetGuid());
        }

        return (family, recipients);
    }

    /// <summary>Sends <see cref="Racers"/> copies of one request at the same moment; returns their status codes.</summary>
    private static async Task<HttpStatusCode[]> RaceAsync(Func<Task<HttpResponseMessage>> request)
    {
        using var gate = new SemaphoreSlim(0);
        var racers = Enumerable.Range(0, Racers).Select(async _ =>
        {
            await gate.WaitAsync();
            return (await request()).StatusCode;
        }).ToList();
        gate.Release(Racers);
        return await Task.WhenAll(racers);
    }

    private const string DatabaseGuardName = "caregiver_double_booked";

    private static string Messages(Exception failure) =>
        failure.InnerException is null ? failure.Message : failure.Message + " | " + Messages(failure.InnerException);
}

public sealed class DoubleBookingOnSqlite(SqliteAppFactory app) : DoubleBookingTests<SqliteAppFactory>(app);

public sealed class DoubleBookingOnPostgres(PostgresAppFactory app) : DoubleBookingTests<PostgresAppFactory>(app);
