using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Sponsors;

namespace Marketplace.Application.UnitTests.Payments;

public sealed class SponsorshipMoneyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Visit = Now.AddDays(3).AddHours(1);
    private static readonly Guid FamilyId = Guid.NewGuid();
    private static readonly Guid ProviderUserId = Guid.NewGuid();
    private static readonly Guid ProgrammeId = Guid.NewGuid();
    private static readonly string Family = LedgerAccount.Family(FamilyId);
    private static readonly string Provider = LedgerAccount.Provider(ProviderUserId);
    private static readonly string Sponsor = LedgerAccount.Sponsor(ProgrammeId);
    private static readonly string Reserved = LedgerAccount.SponsorReserved(ProgrammeId);
    private static readonly string Budget = LedgerAccount.SponsorBudget(ProgrammeId);

    /// <summary>A programme paying 75 % of a booking, at most Rp 200.000.</summary>
    private static readonly SponsorTerms Terms = new(ProgrammeId, "Dinsos Makassar", 75, Money.FromRupiah(200_000));

    /// <summary>Two-hour visits at Rp 60.001 an hour: Rp 120.002 a visit, 10 % commission.</summary>
    private static Booking Accepted(params DateTimeOffset[] starts)
    {
        var booking = Booking.RequestHomeCare(
            new HomeCareRequest(
                new BookingParties(FamilyId, Guid.NewGuid(), Guid.NewGuid(), "Hj. Sitti", ProviderUserId, "Irmawati", Guid.NewGuid(), null),
                starts.Length == 0 ? [Visit] : starts, 2, Money.FromRupiah(60_001), IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24),
                BookingPolicy.Default.LatestStart(Now), CommissionPercent: 10),
            Now);
        booking.Accept(Now.AddHours(1));
        return booking;
    }

    private static void GiveVisit(Booking booking, DateTimeOffset start)
    {
        booking.CheckIn(null, start);
        booking.CheckOut(new VisitLog(["companionship"], "", null), start.AddHours(2));
    }

    private static long Balance(Booking booking, string account) =>
        booking.LedgerEntries.Where(e => e.DebitAccount == account).Sum(e => e.AmountIdr)
        - booking.LedgerEntries.Where(e => e.CreditAccount == account).Sum(e => e.AmountIdr);

    [Fact]
    public void ASponsoredPayment_SplitsThePrice_ReservesTheSharesBudget_AndTheFamilyOwesOnlyItsPart()
    {
        var booking = Accepted(Visit, Visit.AddDays(7));

        booking.Sponsor(Terms, "73.71.10", Now.AddHours(2));
        var payment = booking.PayOffline(Now.AddHours(2));

        // 75 % of Rp 240.004 is Rp 180.003, under the cap.
        Assert.Equal((240_004L, 60_001L, 180_003L), (payment.Amount.Rupiah, payment.FamilyShare.Rupiah, payment.SponsorShare.Rupiah));
        Assert.Equal(Money.FromRupiah(60_001), booking.Outstanding);
        Assert.Equal((180_003L, -180_003L), (Balance(booking, Reserved), Balance(booking, Budget)));
        Assert.Equal(new SponsorBudgetChange(ProgrammeId, 180_003), Assert.Single(booking.SponsorBudgetChanges));
    }

    [Fact]
    public void EachChargeIsPaidInItsShare_TheRestOfTheReservationIsReleasedWhenOver_AndTheFamilysCashSettlesItsPart()
    {
        var booking = Accepted(Visit, Visit.AddDays(7), Visit.AddDays(14));
        booking.Sponsor(Terms, "73.71.10", Now.AddHours(2));
        booking.PayOffline(Now.AddHours(2));
        Assert.Equal(200_000L, booking.Sponsorship!.Reserved.Rupiah);

        GiveVisit(booking, Visit);
        GiveVisit(booking, Visit.AddDays(7));

        // The family cancels the third visit early: nothing charged for it, and the booking is over.
        booking.Cancel(BookingSide.Family, Visit.AddDays(10));

        // Two visits (Rp 240.004) cost the programme 75 % (Rp 180.003), within the reservation of Rp 200.000 (the cap).
        Assert.Equal((180_003L, 0L, 0L), (Balance(booking, Sponsor), Balance(booking, Reserved), Balance(booking, Budget)));
        Assert.Equal(new SponsorBudgetChange(ProgrammeId, -19_997), booking.SponsorBudgetChanges[^1]);
        Assert.Equal(Money.FromRupiah(60_001), booking.Outstanding);
        Assert.Equal(-(240_004L - 24_000L), Balance(booking, Provider));

        booking.RecordPaymentReceived(Money.FromRupiah(60_001), Money.FromRupiah(60_001), Visit.AddDays(10));
        Assert.Equal((0L, PaymentStatus.Received), (Balance(booking, Family), booking.Payment!.Status));
        Assert.Equal(24_000L, -Balance(booking, LedgerAccount.PlatformCommission));
    }

    [Fact]
    public void AnEarlyCancellation_ReleasesTheWholeReservation()
    {
        var booking = Accepted();
        booking.Sponsor(Terms, "73.71.10", Now.AddHours(2));
        booking.PayOffline(Now.AddHours(2));

        booking.Cancel(BookingSide.Family, Now.AddHours(3));

        Assert.Equal((0L, 0L, 0L), (Balance(booking, Sponsor), Balance(booking, Reserved), Balance(booking, Budget)));
        Assert.Equal([90_001L, -90_001L], booking.SponsorBudgetChanges.Select(c => c.DeltaIdr));
    }

    [Fact]
    public void ACardPayment_AuthorisesAndCapturesOnlyTheFamilysPart()
    {
        var booking = Accepted();
        booking.Sponsor(Terms, "73.71.10", Now.AddHours(2));
        var payment = booking.StartCardPayment(Now.AddHours(2));
        Assert.Equal(30_001L, payment.FamilyShare.Rupiah);

        booking.Apply(new CardEvent("evt_a", CardEventKind.Authorised, "pi_1", null, payment.Id, Money.FromRupiah(30_001)), Now.AddHours(3));
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        GiveVisit(booking, Visit);

        Assert.Equal(30_001, Assert.Single(booking.CardSettlements).CaptureIdr);
        booking.Apply(new CardEvent("evt_c", CardEventKind.Captured, "pi_1", null, payment.Id, Money.FromRupiah(30_001)), Visit.AddHours(3));
        Assert.Equal((0L, 90_001L, Money.Zero), (Balance(booking, Family), Balance(booking, Sponsor), booking.Outstanding));

        // A full refund gives back only what the family paid, and exactly the commission its share carried (Rp 3.001 of
        // Rp 12.000: the programme's Rp 90.001 carried Rp 8.999, rounded down), which the platform keeps.
        booking.Apply(new CardEvent("evt_r", CardEventKind.Refunded, "pi_1", null, null, Money.FromRupiah(30_001)), Visit.AddDays(1));
        Assert.Equal(0L, Balance(booking, LedgerAccount.CardClearing));
        Assert.Equal((3_001L, -8_999L), (booking.Sponsorship!.FamilyCommission.Rupiah, Balance(booking, LedgerAccount.PlatformCommission)));
    }

    [Fact]
    public void RefundingEverythingTheFamilyPaid_TakesBackExactlyTheCommissionItsShareCarried()
    {
        // 33 % of two visits at Rp 10.001 (10 % commission): each charge's commission splits with rounding.
        var booking = Booking.RequestHomeCare(
            new HomeCareRequest(
                new BookingParties(FamilyId, Guid.NewGuid(), Guid.NewGuid(), "Hj. Sitti", ProviderUserId, "Irmawati", Guid.NewGuid(), null),
                [Visit, Visit.AddDays(7)], 1, Money.FromRupiah(10_001), IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24),
                BookingPolicy.Default.LatestStart(Now), CommissionPercent: 10),
            Now);
        booking.Accept(Now.AddHours(1));
        booking.Sponsor(Terms with { SharePercent = 33 }, "73.71.10", Now.AddHours(2));
        var payment = booking.StartCardPayment(Now.AddHours(2));
        booking.Apply(new CardEvent("evt_a", CardEventKind.Authorised, "pi_1", null, payment.Id, payment.FamilyShare), Now.AddHours(3));
        foreach (var start in new[] { Visit, Visit.AddDays(7) })
        {
            booking.CheckIn(null, start);
            booking.CheckOut(new VisitLog(["companionship"], "", null), start.AddHours(1));
        }

        var captured = Assert.Single(booking.CardSettlements).CaptureIdr;
        booking.Apply(new CardEvent("evt_c", CardEventKind.Captured, "pi_1", null, payment.Id, Money.FromRupiah(captured)), Visit.AddDays(8));
        booking.Apply(new CardEvent("evt_r", CardEventKind.Refunded, "pi_1", null, null, Money.FromRupiah(captured)), Visit.AddDays(9));

        // What the programme paid stays with the provider and the platform; the family's part comes back in full.
        var sponsored = Balance(booking, Sponsor);
        Assert.Equal(0L, Balance(booking, LedgerAccount.CardClearing));
        Assert.Equal(-sponsored, Balance(booking, Provider) + Balance(booking, LedgerAccount.PlatformCommission));
        Assert.Equal(-(2_000L - booking.Sponsorship!.FamilyCommission.Rupiah), Balance(booking, LedgerAccount.PlatformCommission));
    }

    [Fact]
    public void ABookingNobodyConfirmedBeforeItsFirstVisit_Lapses_AndItsReservationGoesBack()
    {
        var booking = Accepted();
        booking.Sponsor(Terms, "73.71.10", Now.AddHours(2));
        booking.StartCardPayment(Now.AddHours(2));
        Assert.Throws<BusinessRuleException>(() => booking.LapseUnpaid(Visit.AddMinutes(-1)));

        booking.LapseUnpaid(Visit.AddMinutes(1));

        Assert.Equal(BookingStatus.Expired, booking.Status);
        Assert.Equal([90_001L, -90_001L], booking.SponsorBudgetChanges.Select(c => c.DeltaIdr));
        Assert.Equal((0L, 0L), (Balance(booking, Reserved), Balance(booking, Budget)));
        Assert.Contains(booking.Events, e => e.Kind == BookingEventKind.PaymentLapsed);
        Assert.Throws<BusinessRuleException>(() => booking.LapseUnpaid(Visit.AddMinutes(2)));
    }

    [Fact]
    public void AShareIsReservedOnce_AndASecondProgrammeIsRefused()
    {
        var booking = Accepted();
        booking.Sponsor(Terms, "73.71.10", Now.AddHours(2));
        booking.Sponsor(Terms, "73.71.10", Now.AddHours(2));
        Assert.Single(booking.SponsorBudgetChanges);

        Assert.Throws<BusinessRuleException>(() => booking.Sponsor(Terms with { ProgrammeId = Guid.NewGuid() }, "73.71.10", Now.AddHours(2)));
        booking.PayOffline(Now.AddHours(2));
        Assert.Throws<BusinessRuleException>(() => booking.Sponsor(Terms, "73.71.10", Now.AddHours(3)));
    }

    [Fact]
    public void ABookingSponsoredInFull_LeavesNothingToHoldOnACard()
    {
        var booking = Accepted();
        booking.Sponsor(Terms with { SharePercent = 100, CapPerBooking = Money.FromRupiah(1_000_000) }, "73.71.10", Now.AddHours(2));

        Assert.Equal(Money.Zero, booking.FamilyDue);
        Assert.Throws<BusinessRuleException>(() => booking.StartCardPayment(Now.AddHours(2)));
        Assert.Equal((0L, 120_002L), (booking.PayOffline(Now.AddHours(2)).FamilyShare.Rupiah, booking.Payment!.SponsorShare.Rupiah));
    }

    [Theory]
    [InlineData(100_000, 50, 1_000_000, 50_000)]
    [InlineData(100_001, 50, 1_000_000, 50_000)]
    [InlineData(100_000, 100, 30_000, 30_000)]
    [InlineData(9_999_999_999, 99, 10_000_000_000, 9_899_999_999)]
    public void AShare_IsThePercentRoundedDown_AtMostTheCap(long price, int percent, long cap, long share) =>
        Assert.Equal(share, SponsorTerms.ShareOf(Money.FromRupiah(price), percent, Money.FromRupiah(cap)).Rupiah);
}
