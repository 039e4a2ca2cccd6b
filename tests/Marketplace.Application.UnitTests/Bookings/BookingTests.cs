using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Bookings;

public sealed class BookingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Visit = Now.AddDays(3).AddHours(1);
    private static readonly DateTimeOffset Latest = BookingPolicy.Default.LatestStart(Now);

    private static Booking Requested(params DateTimeOffset[] starts) => Booking.RequestHomeCare(
        new HomeCareRequest(
            new BookingParties(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Hj. Sitti", Guid.NewGuid(), "Irmawati", Guid.NewGuid(), null),
            starts.Length == 0 ? [Visit] : starts, 2, Money.FromRupiah(60_000), IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24),
            BookingPolicy.Default.LatestStart(Now), CommissionPercent: 10),
        Now);

    private static Booking Accepted(params DateTimeOffset[] starts)
    {
        var booking = Requested(starts);
        booking.Accept(Now.AddHours(1));
        return booking;
    }

    private static Booking Confirmed(params DateTimeOffset[] starts)
    {
        var booking = Accepted(starts);
        booking.PayOffline(Now.AddHours(2));
        return booking;
    }

    [Fact]
    public void ABookingIsShown_WithItsVisitsInDateOrder_EvenAfterOneIsMovedPastTheOthers()
    {
        // The database hands visits back in no order of its own either (their ids share the booking's moment).
        var booking = Accepted(Visit, Visit.AddDays(7), Visit.AddDays(14));
        booking.MoveVisit(booking.Visits[0].Id, Visit.AddDays(21), BookingSide.Family, Now.AddHours(2), Latest, TimeSpan.FromDays(7));

        var view = BookingView.Of(booking, viewerUserId: null);

        Assert.Equal([Visit.AddDays(7), Visit.AddDays(14), Visit.AddDays(21)], view.Visits.Select(v => v.Start));
    }

    [Fact]
    public void RequestHomeCare_PricesEveryVisit_AndRaisesRequested()
    {
        var booking = Requested(Visit, Visit.AddDays(7));

        Assert.Equal(Money.FromRupiah(240_000), booking.Price);
        Assert.All(booking.Visits, v => Assert.True(v.HoldsTime));
        Assert.Equal(BookingEventKind.Requested, Assert.Single(booking.Events).Kind);
    }

    [Fact]
    public void RequestHomeCare_WhenAVisitIsInThePast_IsRefused() =>
        Assert.Throws<BusinessRuleException>(() => Requested(Now.AddHours(-1)));

    [Fact]
    public void RequestHomeCare_WhenTheVisitIsSooner_ThanTheResponseTime_MustBeAnsweredBeforeIt()
    {
        var soon = Now.AddHours(3);

        Assert.Equal(soon, Requested(soon).RespondBy);
        Assert.Equal(Now.AddHours(24), Requested().RespondBy);
    }

    [Fact]
    public void Accept_WhenAlreadyAnswered_IsRefused()
    {
        var booking = Accepted();

        Assert.Throws<BusinessRuleException>(() => booking.Accept(Now.AddHours(2)));
        Assert.Throws<BusinessRuleException>(() => booking.Decline(Now.AddHours(2)));
    }

    [Fact]
    public void Accept_AfterTheTimeToAnswer_IsRefused_AndExpireFreesTheTime()
    {
        var booking = Requested();

        Assert.Throws<BusinessRuleException>(() => booking.Expire(Now.AddHours(1)));
        Assert.Throws<BusinessRuleException>(() => booking.Accept(Now.AddHours(25)));
        booking.Expire(Now.AddHours(25));

        Assert.Equal(BookingStatus.Expired, booking.Status);
        Assert.All(booking.Visits, v => Assert.False(v.HoldsTime));
    }

    [Fact]
    public void Decline_FreesEveryVisit()
    {
        var booking = Requested(Visit, Visit.AddDays(7));

        booking.Decline(Now.AddHours(1));

        Assert.All(booking.Visits, v => Assert.Equal(VisitStatus.Cancelled, v.Status));
    }

    [Fact]
    public void Cancel_ByTheFamily_ChargesTheLateShare_OnlyForVisitsWithin24Hours()
    {
        var booking = Accepted(Visit, Visit.AddDays(7));

        var (cancellation, cancelled) = booking.Cancel(BookingSide.Family, Visit.AddHours(-5));

        Assert.Equal(Money.FromRupiah(60_000), cancellation.Charge);
        Assert.Equal(2, cancelled.Count);
        Assert.Equal(BookingStatus.Cancelled, booking.Status);
    }

    [Fact]
    public void Cancel_ByTheProvider_NeverCharges()
    {
        var booking = Accepted();

        Assert.Equal(Money.Zero, booking.Cancel(BookingSide.Provider, Visit.AddMinutes(-5)).Cancellation.Charge);
    }

    [Fact]
    public void Cancel_ARequest_ByTheFamily_IsFree_EvenAtTheLastMinute()
    {
        var booking = Requested(Now.AddHours(2));

        Assert.Equal(Money.Zero, booking.Cancel(BookingSide.Family, Now.AddHours(1)).Cancellation.Charge);
    }

    [Fact]
    public void Cancel_AfterSomeVisitsWereGiven_KeepsThem_AndCompletesTheBooking()
    {
        var booking = Confirmed(Visit, Visit.AddDays(7));
        booking.CheckIn(null, Visit);
        booking.CheckOut(new VisitLog(["companionship"], "", null), Visit.AddHours(2));

        booking.Cancel(BookingSide.Family, Visit.AddDays(1));

        Assert.Equal(BookingStatus.Completed, booking.Status);
        Assert.Equal([VisitStatus.Completed, VisitStatus.Cancelled], booking.Visits.Select(v => v.Status));
    }

    [Fact]
    public void CheckIn_TooEarly_IsRefused_AndBeforeTheFamilyConfirms_Too()
    {
        Assert.Throws<BusinessRuleException>(() => Requested().CheckIn(null, Visit));
        Assert.Throws<BusinessRuleException>(() => Accepted().CheckIn(null, Visit));
        Assert.Throws<BusinessRuleException>(() => Confirmed().CheckIn(null, Visit.AddMinutes(-31)));
    }

    [Fact]
    public void CheckOut_TheLastVisit_CompletesTheBooking_OtherwiseItWaitsForTheNext()
    {
        var booking = Confirmed(Visit, Visit.AddDays(7));
        var log = new VisitLog(["meal"], "Makan siang habis.", new VitalSigns(130, 80, 76, 36.5m, null));

        booking.CheckIn(null, Visit.AddMinutes(-10));
        booking.CheckOut(log, Visit.AddHours(2));
        Assert.Equal(BookingStatus.Confirmed, booking.Status);

        booking.CheckIn(null, Visit.AddDays(7));
        booking.CheckOut(log, Visit.AddDays(7).AddHours(2));
        Assert.Equal(BookingStatus.Completed, booking.Status);
        Assert.Equal(log, booking.Visits[1].Log);
        Assert.Contains(booking.Events, e => e.Kind == BookingEventKind.Completed);
    }

    [Fact]
    public void CheckOut_WithoutACheckIn_IsRefused() =>
        Assert.Throws<BusinessRuleException>(() => Accepted().CheckOut(new VisitLog([], "", null), Visit));

    [Fact]
    public void TheCommission_IsTheAgreedShareOfThePrice_RoundedDown_AndTheRestIsTheProviders()
    {
        // 2 visits × 2 h × Rp 60.000 = Rp 240.000; 10 % = Rp 24.000.
        var booking = Requested(Visit, Visit.AddDays(7));

        Assert.Equal(10, booking.CommissionPercent);
        Assert.Equal(Money.FromRupiah(24_000), booking.Commission);
        Assert.Equal(Money.FromRupiah(216_000), booking.ProviderEarning);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void ACommissionOutsideAShareOfThePrice_IsNoBooking(int percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Booking.RequestHomeCare(
            new HomeCareRequest(
                new BookingParties(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Hj. Sitti", Guid.NewGuid(), "Irmawati", Guid.NewGuid(), null),
                [Visit], 2, Money.FromRupiah(60_000), IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24), Latest, percent),
            Now));

    [Fact]
    public void ACommissionOfAnOddPrice_NeverTakesMoreThanItsShare()
    {
        var parties = new BookingParties(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Nabila", Guid.NewGuid(), "Klinik", null, Guid.NewGuid());

        var booking = Booking.Reserve(
            new PlaceReservation(
                BookingKind.MobileClinic, parties, [new(Visit, Visit.AddHours(1))], Guid.NewGuid(), Money.FromRupiah(25_999), IndonesianTimeZones.Wita, 50,
                DateOnly.MaxValue, CommissionPercent: 5),
            Now);

        Assert.Equal(Money.FromRupiah(1_299), booking.Commission);
        Assert.Equal(Money.FromRupiah(24_700), booking.ProviderEarning);
        Assert.Equal(booking.Price, booking.Commission + booking.ProviderEarning);
    }

    [Fact]
    public void Reserve_TakesThePlacesAtOnce_PricedPerVisit_WithoutHoldingACaregiversTime()
    {
        var parties = new BookingParties(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Nabila", Guid.NewGuid(), "Daycare", null, Guid.NewGuid());
        TimeWindow[] days = [new(Visit, Visit.AddHours(8)), new(Visit.AddDays(1), Visit.AddDays(1).AddHours(8))];

        var booking = Booking.Reserve(
            new PlaceReservation(
                BookingKind.Daycare, parties, days, null, Money.FromRupiah(85_000), IndonesianTimeZones.Wita, 50,
                BookingPolicy.Default.LatestDate(DateOnly.FromDateTime(Now.Date)), CommissionPercent: 5),
            Now);

        Assert.Equal(BookingStatus.Accepted, booking.Status);
        Assert.Equal(Money.FromRupiah(170_000), booking.Price);
        Assert.All(booking.Visits, v => Assert.Null(v.CaregiverId));
        Assert.Equal(BookingEventKind.Reserved, Assert.Single(booking.Events).Kind);
        Assert.Equal(Money.FromRupiah(42_500), booking.Cancel(BookingSide.Family, Visit.AddHours(-2)).Cancellation.Charge);
    }

    [Fact]
    public void CheckOut_BeforeTheVisitsTime_OrWithAnEmptyLog_IsRefused()
    {
        var booking = Confirmed();
        booking.CheckIn(null, Visit.AddMinutes(-20));

        Assert.Throws<BusinessRuleException>(() => booking.CheckOut(new VisitLog(["companionship"], "", null), Visit.AddMinutes(-5)));
        Assert.Throws<BusinessRuleException>(() => booking.CheckOut(new VisitLog([], "   ", null), Visit.AddHours(2)));
        Assert.Equal(VisitStatus.Completed, booking.CheckOut(new VisitLog([], "Makan siang bersama.", null), Visit.AddHours(2)).Status);
    }

    [Fact]
    public void AVisitBeyondTheHorizon_IsRefused()
    {
        Assert.Throws<BusinessRuleException>(() => Requested(Latest.AddMinutes(1)));

        var booking = Accepted();
        Assert.Throws<BusinessRuleException>(() => booking.MoveVisit(booking.Visits[0].Id, Latest.AddDays(1), BookingSide.Family, Now, Latest, TimeSpan.FromDays(7)));
    }

    [Fact]
    public void MoveVisit_KeepsItsLength_AndTellsTheOtherSide()
    {
        var booking = Accepted(Visit, Visit.AddDays(7));
        var second = booking.Visits[1];

        booking.MoveVisit(second.Id, Visit.AddDays(8), BookingSide.Family, Now, Latest, TimeSpan.FromDays(7));

        Assert.Equal((Visit.AddDays(8), TimeSpan.FromHours(2)), (second.StartsAt, second.Duration));
        Assert.Contains(booking.Events, e => e is { Kind: BookingEventKind.VisitMoved, By: BookingSide.Family });
    }

    [Fact]
    public void MoveVisit_WhenItHasStarted_OrIntoThePast_IsRefused()
    {
        var booking = Accepted();

        Assert.Throws<BusinessRuleException>(() => booking.MoveVisit(booking.Visits[0].Id, Now.AddHours(-1), BookingSide.Provider, Now, Latest, TimeSpan.FromDays(7)));
        Assert.Throws<BusinessRuleException>(() => booking.MoveVisit(booking.Visits[0].Id, Visit.AddDays(1), BookingSide.Provider, Visit.AddMinutes(1), Latest, TimeSpan.FromDays(7)));
    }

    [Fact]
    public void MarkNoShow_BeforeTheVisit_IsRefused_AfterItCompletesTheLastVisit()
    {
        var booking = Confirmed();

        Assert.Throws<BusinessRuleException>(() => booking.MarkNoShow(booking.Visits[0].Id, Visit.AddMinutes(-1)));
        booking.MarkNoShow(booking.Visits[0].Id, Visit.AddMinutes(15));

        Assert.Equal(VisitStatus.NoShow, booking.Visits[0].Status);
        Assert.Equal(BookingStatus.Completed, booking.Status);
        Assert.True(booking.Visits[0].HoldsTime);
    }
}
