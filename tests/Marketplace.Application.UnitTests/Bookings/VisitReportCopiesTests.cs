using Marketplace.Application.Bookings;
using Marketplace.Application.Families;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Bookings;

/// <summary>
/// The regional report counts care from the visits alone, so each visit carries what it needs of its booking and keeps it
/// equal to the booking's through every change: above all whether the booking was confirmed at some point, which decides
/// whether a daycare day or clinic slot that ended counts as given.
/// </summary>
public sealed class VisitReportCopiesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Day = Now.AddDays(3).AddHours(1);

    private static readonly BookingParties Parties = new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Nabila", Guid.NewGuid(), "Daycare Ceria", null, Guid.NewGuid(), RecipientKind.Child, "73.71.10");

    private static Booking Daycare(Money pricePerDay) => Booking.Reserve(
        new PlaceReservation(
            BookingKind.Daycare, Parties, [new(Day, Day.AddHours(8)), new(Day.AddDays(1), Day.AddDays(1).AddHours(8))], null, pricePerDay,
            IndonesianTimeZones.Wita, LateCancellationPercent: 50, DateOnly.MaxValue, CommissionPercent: 5),
        Now);

    [Fact]
    public void EachVisit_CarriesTheBookingsKindFamilyAndPerson()
    {
        var booking = Daycare(Money.FromRupiah(85_000));

        Assert.All(booking.Visits, visit =>
        {
            Assert.Equal(BookingKind.Daycare, visit.Kind);
            Assert.Equal(Parties.FamilyId, visit.FamilyId);
            Assert.Equal(Parties.RecipientId, visit.RecipientId);
            Assert.Equal(RecipientKind.Child, visit.RecipientKind);
            Assert.Equal("73.71.10", visit.RecipientAreaCode);
        });
    }

    [Fact]
    public void APlaceWaitingForPayment_IsNotConfirmed_UntilTheFamilyPays_AndStaysSoWhenCancelledAfter()
    {
        var booking = Daycare(Money.FromRupiah(85_000));
        Assert.All(booking.Visits, visit => Assert.False(visit.BookingWasConfirmed));

        booking.PayOffline(Now.AddHours(1));
        Assert.All(booking.Visits, visit => Assert.True(visit.BookingWasConfirmed));

        booking.Cancel(BookingSide.Family, Now.AddHours(2));
        Assert.Equal(BookingStatus.Cancelled, booking.Status);
        Assert.All(booking.Visits, visit => Assert.True(visit.BookingWasConfirmed));
    }

    [Fact]
    public void APlaceCancelledEarlyBeforeAnyPayment_WasNeverConfirmed()
    {
        var booking = Daycare(Money.FromRupiah(85_000));

        booking.Cancel(BookingSide.Family, Now.AddHours(2));

        Assert.Null(booking.Payment);
        Assert.All(booking.Visits, visit => Assert.False(visit.BookingWasConfirmed));
    }

    [Fact]
    public void AFreePlace_IsConfirmedAtOnce_AndNotOnceCancelled()
    {
        var booking = Daycare(Money.Zero);
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Assert.All(booking.Visits, visit => Assert.True(visit.BookingWasConfirmed));

        booking.Cancel(BookingSide.Family, Now.AddHours(2));

        Assert.All(booking.Visits, visit => Assert.False(visit.BookingWasConfirmed));
    }
}
