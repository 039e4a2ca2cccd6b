using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Payments;

public sealed class BookingMoneyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Visit = Now.AddDays(3).AddHours(1);
    private static readonly Guid FamilyId = Guid.NewGuid();
    private static readonly Guid ProviderUserId = Guid.NewGuid();
    private static readonly string Family = LedgerAccount.Family(FamilyId);
    private static readonly string Provider = LedgerAccount.Provider(ProviderUserId);

    /// <summary>Two-hour visits at Rp 60.001 an hour (an odd price, so rounding shows): Rp 120.002 a visit, 10 % commission.</summary>
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

    private static Booking Confirmed(params DateTimeOffset[] starts)
    {
        var booking = Accepted(starts);
        booking.PayOffline(Now.AddHours(2));
        return booking;
    }

    private static void GiveVisit(Booking booking, DateTimeOffset start)
    {
        booking.CheckIn(null, start);
        booking.CheckOut(new VisitLog(["companionship"], "", null), start.AddHours(2));
    }

    /// <summary>Each account's balance (debit-positive) from the lines posted so far.</summary>
    private static long Balance(Booking booking, string account) =>
        booking.LedgerEntries.Where(e => e.DebitAccount == account).Sum(e => e.AmountIdr)
        - booking.LedgerEntries.Where(e => e.CreditAccount == account).Sum(e => e.AmountIdr);

    [Fact]
    public void PayOffline_ConfirmsTheAcceptedBooking_ForItsWholePrice_AndPostsNothingYet()
    {
        var booking = Accepted(Visit, Visit.AddDays(7));

        var payment = booking.PayOffline(Now.AddHours(2));

        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Assert.Equal((PaymentProvider.Offline, PaymentStatus.Pending), (payment.Provider, payment.Status));
        Assert.Equal((Money.FromRupiah(240_004), Money.FromRupiah(240_004), Money.Zero), (payment.Amount, payment.FamilyShare, payment.SponsorShare));
        Assert.Equal(Money.FromRupiah(240_004), booking.Outstanding);
        Assert.Empty(booking.LedgerEntries);
        Assert.Contains(booking.Events, e => e.Kind == BookingEventKind.Confirmed);
    }

    [Fact]
    public void PayOffline_BeforeAcceptance_Twice_OrAfterACancellation_IsRefused()
    {
        var requested = Booking.RequestHomeCare(
            new HomeCareRequest(
                new BookingParties(FamilyId, Guid.NewGuid(), Guid.NewGuid(), "Hj. Sitti", ProviderUserId, "Irmawati", Guid.NewGuid(), null),
                [Visit], 2, Money.FromRupiah(60_000), IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24), BookingPolicy.Default.LatestStart(Now), 10),
            Now);
        var cancelled = Accepted();
        cancelled.Cancel(BookingSide.Family, Now.AddHours(3));

        Assert.Throws<BusinessRuleException>(() => requested.PayOffline(Now));
        Assert.Throws<BusinessRuleException>(() => Confirmed().PayOffline(Now.AddHours(3)));
        Assert.Throws<BusinessRuleException>(() => cancelled.PayOffline(Now.AddHours(4)));
    }

    [Fact]
    public void AFreeClinicSlot_IsConfirmedAtOnce_AndPostsNothing()
    {
        var parties = new BookingParties(FamilyId, Guid.NewGuid(), Guid.NewGuid(), "Nabila", ProviderUserId, "Klinik", null, Guid.NewGuid());

        var booking = Booking.Reserve(
            new PlaceReservation(BookingKind.MobileClinic, parties, [new(Visit, Visit.AddMinutes(30))], Guid.NewGuid(), Money.Zero, IndonesianTimeZones.Wita, 50, DateOnly.MaxValue, 5),
            Now);

        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Assert.Throws<BusinessRuleException>(() => booking.PayOffline(Now));
        Assert.Empty(booking.LedgerEntries);
    }

    [Fact]
    public void EachVisitGiven_PostsItsPrice_SplitIntoTheProvidersShareAndTheCommission_OnceEach()
    {
        var booking = Confirmed(Visit, Visit.AddDays(7));

        GiveVisit(booking, Visit);
        booking.MarkNoShow(booking.Visits[1].Id, Visit.AddDays(7).AddMinutes(20));

        // Rp 120.002 a visit: 10 % is Rp 12.000,2, so the commission is Rp 12.000 and the caregiver earns Rp 108.002.
        Assert.Equal(240_004, Balance(booking, Family));
        Assert.Equal(-216_004, Balance(booking, Provider));
        Assert.Equal(-24_000, Balance(booking, LedgerAccount.PlatformCommission));
        Assert.Equal(booking.Commission.Rupiah, -Balance(booking, LedgerAccount.PlatformCommission));
        Assert.Equal(booking.ProviderEarning.Rupiah, -Balance(booking, Provider));
        Assert.Equal(4, booking.LedgerEntries.Select(e => (e.TransactionKey, e.Leg)).Distinct().Count());
        Assert.All(booking.LedgerEntries, e => Assert.Equal(booking.Id, e.BookingId));
    }

    [Fact]
    public void ALateCancellation_PostsItsCharge_AndOnlyThatIsOwedForTheVisitsCancelled()
    {
        var booking = Confirmed(Visit, Visit.AddDays(7));

        booking.Cancel(BookingSide.Family, Visit.AddHours(-5));

        // Half of the visit within 24 hours: Rp 60.001; 10 % of it rounded down is Rp 6.000.
        Assert.Equal(Money.FromRupiah(60_001), booking.AmountDue);
        Assert.Equal(60_001, Balance(booking, Family));
        Assert.Equal(-54_001, Balance(booking, Provider));
        Assert.Equal(-6_000, Balance(booking, LedgerAccount.PlatformCommission));
        Assert.All(booking.LedgerEntries, e => Assert.Equal(LedgerEntryKind.CancellationCharge, e.Kind));
    }

    [Fact]
    public void ALateCancellation_BeforeTheFamilyConfirmed_OpensAnOfflinePayment_SoTheChargeCanBeReceived()
    {
        var booking = Accepted();

        booking.Cancel(BookingSide.Family, Visit.AddHours(-5));
        booking.RecordPaymentReceived(Money.FromRupiah(60_001), Money.FromRupiah(60_001), Visit);

        Assert.Equal(PaymentStatus.Received, booking.Payment!.Status);
        Assert.Equal(0, Balance(booking, Family));
        Assert.Equal(6_000, Balance(booking, Provider));
    }

    [Fact]
    public void AnEarlyCancellation_OrTheProviders_PostsNothing()
    {
        var early = Confirmed();
        early.Cancel(BookingSide.Family, Visit.AddDays(-2));
        var byProvider = Confirmed();
        byProvider.Cancel(BookingSide.Provider, Visit.AddHours(-1));

        Assert.Empty(early.LedgerEntries);
        Assert.Empty(byProvider.LedgerEntries);
        Assert.Equal(Money.Zero, byProvider.Outstanding);
    }

    [Fact]
    public void PaymentReceived_MovesTheFamilysDebtToTheProvider_UntilNothingIsOwed()
    {
        var booking = Confirmed(Visit, Visit.AddDays(7));
        GiveVisit(booking, Visit);

        booking.RecordPaymentReceived(Money.FromRupiah(120_002), Money.FromRupiah(240_004), Visit.AddHours(3));
        Assert.Equal(PaymentStatus.PartlyReceived, booking.Payment!.Status);
        booking.RecordPaymentReceived(Money.FromRupiah(120_002), Money.FromRupiah(120_002), Visit.AddDays(7));

        Assert.Equal(PaymentStatus.Received, booking.Payment.Status);
        Assert.Equal(Money.Zero, booking.Outstanding);
        // The family paid ahead for the visit to come; the caregiver holds that cash and the commission on the visit given.
        Assert.Equal(-120_002, Balance(booking, Family));
        Assert.Equal(120_002 + 12_000, Balance(booking, Provider));

        GiveVisit(booking, Visit.AddDays(7));
        Assert.Equal(0, Balance(booking, Family));
        Assert.Equal(24_000, Balance(booking, Provider));
        Assert.Equal(-24_000, Balance(booking, LedgerAccount.PlatformCommission));
        Assert.Equal(2, booking.Events.Count(e => e.Kind == BookingEventKind.PaymentReceived));
    }

    [Fact]
    public void PaymentReceived_TwiceFromOnePage_MoreThanIsOwed_OrWithoutAnOfflinePayment_IsRefused()
    {
        var booking = Confirmed();
        booking.RecordPaymentReceived(Money.FromRupiah(100_000), Money.FromRupiah(120_002), Visit);

        var twice = Assert.Throws<BusinessRuleException>(() => booking.RecordPaymentReceived(Money.FromRupiah(100_000), Money.FromRupiah(120_002), Visit));
        Assert.Equal(Booking.OutstandingChanged, twice.Rule);
        Assert.Throws<BusinessRuleException>(() => booking.RecordPaymentReceived(Money.FromRupiah(20_003), Money.FromRupiah(20_002), Visit));
        Assert.Throws<BusinessRuleException>(() => booking.RecordPaymentReceived(Money.Zero, Money.FromRupiah(20_002), Visit));
        Assert.Throws<BusinessRuleException>(() => Accepted().RecordPaymentReceived(Money.FromRupiah(1), Money.FromRupiah(120_002), Visit));
        Assert.Equal(Money.FromRupiah(100_000), booking.Payment!.Received);
        Assert.Single(booking.LedgerEntries);
    }

    [Fact]
    public void ACardAuthorisation_ConfirmsOnlyTheCurrentPayment_AndOneArrivingLateOrForAClosedBookingIsReleased()
    {
        var booking = Accepted();
        var abandoned = booking.StartCardPayment(Now.AddHours(2)).Id;
        var current = booking.StartCardPayment(Now.AddHours(3)).Id;

        booking.Apply(Authorised(abandoned, "pi_old"), Now.AddHours(4));
        Assert.Equal(BookingStatus.Accepted, booking.Status);
        Assert.Equal(new CardSettlement(booking.Id, abandoned, "pi_old", 0), Assert.Single(booking.CardSettlements));

        booking.Apply(Authorised(current, "pi_new"), Now.AddHours(4));
        booking.Apply(Authorised(current, "pi_new"), Now.AddHours(5));
        Assert.Equal((BookingStatus.Confirmed, PaymentStatus.Authorised), (booking.Status, booking.Payment!.Status));
        Assert.Single(booking.Events, e => e.Kind == BookingEventKind.Confirmed);
        Assert.Single(booking.CardSettlements);

        var cancelled = Accepted();
        var late = cancelled.StartCardPayment(Now.AddHours(2)).Id;
        cancelled.Cancel(BookingSide.Family, Now.AddHours(3));
        cancelled.Apply(Authorised(late, "pi_late"), Now.AddHours(4));
        Assert.Equal(BookingStatus.Cancelled, cancelled.Status);
        Assert.Equal(0, Assert.Single(cancelled.CardSettlements).CaptureIdr);
    }

    [Fact]
    public void ACapture_IsAskedForWhenTheCareIsOver_PostedOnce_AndNeverBeforeTheAuthorisation()
    {
        var booking = Accepted(Visit, Visit.AddDays(7));
        var paymentId = booking.StartCardPayment(Now.AddHours(2)).Id;
        booking.Apply(Captured(paymentId, 240_004), Now.AddHours(3));
        Assert.Empty(booking.LedgerEntries);

        booking.Apply(Authorised(paymentId, "pi_1", 240_004), Now.AddHours(3));
        GiveVisit(booking, Visit);
        Assert.Empty(booking.CardSettlements);
        GiveVisit(booking, Visit.AddDays(7));
        Assert.Equal(new CardSettlement(booking.Id, paymentId, "pi_1", 240_004), Assert.Single(booking.CardSettlements));

        booking.Apply(Captured(paymentId, 240_004), Visit.AddDays(7).AddHours(3));
        booking.Apply(Captured(paymentId, 240_004), Visit.AddDays(7).AddHours(4));
        booking.Apply(new CardEvent("evt_declined", CardEventKind.Declined, "pi_1", booking.Id, paymentId, Money.Zero), Visit.AddDays(7).AddHours(4));
        Assert.Equal((PaymentStatus.Received, 0L, 240_004L), (booking.Payment!.Status, Balance(booking, Family), Balance(booking, LedgerAccount.CardClearing)));
    }

    [Fact]
    public void ARefund_IsRefusedBeyondWhatWasCaptured_AndComesOutOfTheEarningAndTheCommission()
    {
        var booking = Accepted();
        var paymentId = booking.StartCardPayment(Now.AddHours(2)).Id;
        Assert.Throws<BusinessRuleException>(() => booking.RequireRefundable(Money.FromRupiah(1)));
        booking.Apply(Authorised(paymentId, "pi_1"), Now.AddHours(3));
        GiveVisit(booking, Visit);
        booking.Apply(Captured(paymentId, 120_002), Visit.AddHours(3));

        Assert.Throws<BusinessRuleException>(() => booking.RequireRefundable(Money.FromRupiah(120_003)));
        Assert.Throws<BusinessRuleException>(() => booking.RequireRefundable(Money.Zero));
        booking.RequireRefundable(Money.FromRupiah(100_000));
        booking.Apply(new CardEvent("evt_refund", CardEventKind.Refunded, "pi_1", null, null, Money.FromRupiah(100_000)), Visit.AddHours(4));
        booking.Apply(new CardEvent("evt_refund_again", CardEventKind.Refunded, "pi_1", null, null, Money.FromRupiah(100_000)), Visit.AddHours(5));

        Assert.Equal((-18_001L, -2_001L, 20_002L), (Balance(booking, Provider), Balance(booking, LedgerAccount.PlatformCommission), Balance(booking, LedgerAccount.CardClearing)));
        Assert.Throws<BusinessRuleException>(() => booking.RequireRefundable(Money.FromRupiah(20_003)));
    }

    [Fact]
    public void RefundingEverythingInParts_TakesBackExactlyTheCommissionPosted_AndLeavesEveryAccountAtZero()
    {
        var booking = Accepted(Visit, Visit.AddDays(7));
        var paymentId = booking.StartCardPayment(Now.AddHours(2)).Id;
        booking.Apply(Authorised(paymentId, "pi_1", 240_004), Now.AddHours(3));
        GiveVisit(booking, Visit);
        GiveVisit(booking, Visit.AddDays(7));
        booking.Apply(Captured(paymentId, 240_004), Visit.AddDays(7).AddHours(3));

        // Rounding each part's commission down on its own would leave the platform a few Rupiah the provider paid back.
        foreach (var total in new long[] { 9, 18, 100_001, 240_004 })
        {
            booking.Apply(new CardEvent($"evt_{total}", CardEventKind.Refunded, "pi_1", null, null, Money.FromRupiah(total)), Visit.AddDays(8));
        }

        Assert.Equal((0L, 0L, 0L, 0L), (Balance(booking, Family), Balance(booking, Provider), Balance(booking, LedgerAccount.PlatformCommission), Balance(booking, LedgerAccount.CardClearing)));
    }

    [Fact]
    public void AClosedBooking_OwesAndCapturesOnlyWhatTheLedgerCharged_NotAVisitWhoseTimePassedWithoutACheckIn()
    {
        var booking = Accepted(Visit, Visit.AddDays(7));
        var paymentId = booking.StartCardPayment(Now.AddHours(2)).Id;
        booking.Apply(Authorised(paymentId, "pi_1", 240_004), Now.AddHours(3));

        // Nobody checked in to the first visit; the family cancels the second five hours ahead (half its price).
        booking.Cancel(BookingSide.Family, Visit.AddDays(7).AddHours(-5));

        Assert.Equal(60_001, Assert.Single(booking.CardSettlements).CaptureIdr);
        booking.Apply(Captured(paymentId, 60_001), Visit.AddDays(7));
        Assert.Equal((0L, 60_001L), (Balance(booking, Family), Balance(booking, LedgerAccount.CardClearing)));
        Assert.Equal((PaymentStatus.Received, Money.Zero), (booking.Payment!.Status, booking.Outstanding));
    }

    private static CardEvent Authorised(Guid paymentId, string intent, long idr = 120_002) =>
        new($"evt_{intent}", CardEventKind.Authorised, intent, null, paymentId, Money.FromRupiah(idr));

    private static CardEvent Captured(Guid paymentId, long idr) =>
        new("evt_captured", CardEventKind.Captured, "pi", null, paymentId, Money.FromRupiah(idr));
}
