using Marketplace.Application.Bookings;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Bookings;

/// <summary>The one rule home care is priced by: the quote on the booking form and the booking itself both use it.</summary>
public sealed class HomeCarePriceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Total_IsVisitsTimesHoursTimesTheRate()
    {
        var price = new HomeCarePrice(Money.FromRupiah(65_000), Hours: 3, Visits: 8);

        Assert.Equal(Money.FromRupiah(195_000), price.VisitPrice);
        Assert.Equal(Money.FromRupiah(1_560_000), price.Total);
    }

    [Fact]
    public void ABookingOfSeveralVisits_IsPricedByTheSameRule()
    {
        var starts = new[] { Now.AddDays(3), Now.AddDays(10), Now.AddDays(17) };

        var booking = Booking.RequestHomeCare(
            new HomeCareRequest(
                new BookingParties(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Hj. Sitti", Guid.NewGuid(), "Irmawati", Guid.NewGuid(), null),
                starts, 3, Money.FromRupiah(65_000), IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24), BookingPolicy.Default.LatestStart(Now), 10),
            Now);

        var price = new HomeCarePrice(Money.FromRupiah(65_000), 3, starts.Length);
        Assert.Equal(price.Total, booking.Price);
        Assert.Equal(price.VisitPrice, booking.VisitPrice);
    }

    [Fact]
    public void LateCancellationCharge_IsTheShareOfTheVisitRoundedDown() =>
        Assert.Equal(Money.FromRupiah(32_266), Booking.LateCancellationCharge(Money.FromRupiah(97_777), 33));
}
