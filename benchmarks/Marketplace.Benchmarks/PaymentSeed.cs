using Marketplace.Application.Bookings;
using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;
using Marketplace.TestSupport;

namespace Marketplace.Benchmarks;

/// <summary>
/// Paid care already given, written straight to the database in batches through the booking aggregate, so each
/// booking carries the ledger lines it would have posted: confirmed offline, its visit checked in and out (the visit's
/// charge split between the caregiver and the commission), and every other one's payment recorded as received.
/// </summary>
internal sealed class PaymentSeed(MarketplaceAppFactory app)
{
    private const int BatchSize = 2_000;
    private static readonly string[] TasksDone = ["companionship"];
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Who is booked: the caregiver's ids, name and rate.</summary>
    public sealed record Provider(Guid UserId, Guid CaregiverId, string Name, Money HourlyRate)
    {
        public static Provider Of(Caregiver caregiver) => new(caregiver.UserId, caregiver.Id, caregiver.FullName, caregiver.HourlyRate);
    }

    /// <summary>
    /// <paramref name="count"/> one-hour visits for <paramref name="provider"/> over the last months, fourteen a day
    /// (06:00 to 20:00 WITA, so none overlaps): the earnings of a busy caregiver.
    /// </summary>
    public Task ForOneCaregiverAsync(Provider provider, BookingFamily family, int count) =>
        SaveAsync(count, i => Given(provider, family, Today.AddDays(-1 - (i / 14)), new TimeOnly(6 + (i % 14), 0), hours: 1, received: i % 2 == 0));

    /// <summary><paramref name="count"/> two-hour morning visits spread over <paramref name="providers"/>, one a day each, in the past.</summary>
    public Task ForManyCaregiversAsync(IReadOnlyList<Provider> providers, BookingFamily family, int count) =>
        SaveAsync(count, i => Given(providers[i % providers.Count], family, Today.AddDays(-1 - (i / providers.Count)), new TimeOnly(8, 0), hours: 2, received: i % 2 == 0));

    private async Task SaveAsync(int count, Func<int, Booking> make)
    {
        var seed = new CaregiverSeed(app);
        for (var first = 0; first < count; first += BatchSize)
        {
            var batch = Enumerable.Range(first, Math.Min(BatchSize, count - first)).Select(make).ToList();
            await seed.SaveAsync(db => db.Bookings.AddRange(batch));
        }
    }

    private static Booking Given(Provider provider, BookingFamily family, DateOnly day, TimeOnly time, int hours, bool received)
    {
        var start = IndonesianTimeZones.ToInstant(day, time, IndonesianTimeZones.Wita);
        var booking = Booking.RequestHomeCare(
            new HomeCareRequest(
                new BookingParties(family.FamilyId, family.UserId, family.RecipientId, "Penerima", provider.UserId, provider.Name, provider.CaregiverId, null),
                [start], hours, provider.HourlyRate, IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24), LatestStart: DateTimeOffset.MaxValue,
                BookingPolicy.Default.CommissionPercent),
            start.AddDays(-3));
        booking.Accept(start.AddDays(-3).AddHours(1));
        booking.PayOffline(start.AddDays(-3).AddHours(1));
        booking.CheckIn(null, start);
        booking.CheckOut(new VisitLog(TasksDone, "", null), start.AddHours(hours));
        if (received)
        {
            booking.RecordPaymentReceived(booking.Outstanding, booking.Outstanding, start.AddHours(hours));
        }

        // Seeded bookings are history, not news: nobody is emailed about them. Their ledger lines are saved with them.
        booking.ClearEvents();
        return booking;
    }
}

/// <summary>The family the seeded bookings are for: its id, its account's id and the person in care.</summary>
internal sealed record BookingFamily(Guid FamilyId, Guid UserId, Guid RecipientId);
