using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Sponsors;

namespace Marketplace.Application.UnitTests.Bookings;

/// <summary>
/// Cancelling one visit of a weekly series on its own: the same late-cancellation terms as cancelling the booking, a
/// provider's cancellation free, the last visit left cancelling the booking, and the booking's money (what is due, the
/// ledger, a card, an offline payment) consistent after each step.
/// </summary>
public sealed class VisitCancellationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset First = Now.AddDays(3).AddHours(1);
    private static readonly DateTimeOffset Second = First.AddDays(7);
    private static readonly DateTimeOffset Third = First.AddDays(14);
    private static readonly Guid FamilyId = Guid.NewGuid();
    private static readonly Guid ProviderUserId = Guid.NewGuid();
    private static readonly string Family = LedgerAccount.Family(FamilyId);
    private static readonly string Provider = LedgerAccount.Provider(ProviderUserId);

    /// <summary>Two-hour visits at Rp 60.001 an hour (Rp 120.002 a visit), 10 % commission, 50 % charged late.</summary>
    private static Booking Requested(params DateTimeOffset[] starts) => Booking.RequestHomeCare(
        new HomeCareRequest(
            new BookingParties(FamilyId, Guid.NewGuid(), Guid.NewGuid(), "Hj. Sitti", ProviderUserId, "Irmawati", Guid.NewGuid(), null),
            starts.Length == 0 ? [First, Second, Third] : starts, 2, Money.FromRupiah(60_001), IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24),
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

    private static Guid VisitAt(Booking booking, DateTimeOffset start) => booking.Visits.Single(v => v.StartsAt == start).Id;

    private static void GiveVisit(Booking booking, DateTimeOffset start)
    {
        booking.CheckIn(null, start);
        booking.CheckOut(new VisitLog(["companionship"], "", null), start.AddHours(2));
    }

    private static long Balance(Booking booking, string account) =>
        booking.LedgerEntries.Where(e => e.DebitAccount == account).Sum(e => e.AmountIdr)
        - booking.LedgerEntries.Where(e => e.CreditAccount == account).Sum(e => e.AmountIdr);

    private static void LedgerBalances(Booking booking) =>
        Assert.Equal(0, booking.LedgerEntries.SelectMany(e => new[] { e.DebitAccount, e.CreditAccount }).Distinct().Sum(a => Balance(booking, a)));

    [Fact]
    public void CancelVisits_TwentyFourHoursAhead_IsFree_AndTheRestOfTheSeriesGoesOn()
    {
        var booking = Confirmed();
        var second = VisitAt(booking, Second);

        var (quote, cancelled) = booking.CancelVisits([second], BookingSide.Family, Second - Booking.FreeCancellationNotice);

        Assert.Equal((false, Money.Zero, false), (quote.EndsBooking, quote.Charge, quote.Visits[0].Late));
        Assert.Equal(second, Assert.Single(cancelled).Id);
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Assert.Equal(new VisitCancellation(BookingSide.Family, Second - Booking.FreeCancellationNotice, Money.Zero), cancelled[0].Cancellation);
        Assert.Equal((VisitStatus.Cancelled, false), (cancelled[0].Status, cancelled[0].HoldsTime));
        Assert.Equal((Money.FromRupiah(240_004), Money.FromRupiah(240_004), Money.FromRupiah(24_000)), (booking.Price, booking.AmountDue, booking.Commission));
        Assert.Empty(booking.LedgerEntries);
        var happened = Assert.Single(booking.Events, e => e.Kind == BookingEventKind.VisitsCancelled);
        Assert.Equal(BookingSide.Family, happened.By);
        Assert.Equal([second], happened.VisitIds!);
    }

    [Fact]
    public void CancelVisits_AMinuteInsideTheNotice_ChargesTheListingsShareOfThatVisit_OnTheLedger()
    {
        var booking = Confirmed();
        var second = VisitAt(booking, Second);
        var at = Second - Booking.FreeCancellationNotice + TimeSpan.FromMinutes(1);

        var (quote, _) = booking.CancelVisits([second], BookingSide.Family, at);

        // Half of Rp 120.002 is Rp 60.001, of which 10 % (rounded down) is the platform's: Rp 6.000.
        Assert.Equal((true, Money.FromRupiah(60_001)), (quote.Visits[0].Late, quote.Charge));
        Assert.Equal(Money.FromRupiah(60_001), booking.Visits.Single(v => v.Id == second).Cancellation!.Charge);
        Assert.Equal(Money.FromRupiah(240_004 + 60_001), booking.AmountDue);
        Assert.Equal((60_001L, -54_001L, -6_000L), (Balance(booking, Family), Balance(booking, Provider), Balance(booking, LedgerAccount.PlatformCommission)));
        Assert.All(booking.LedgerEntries, e => Assert.Equal(($"visit-cancellation:{second:D}", LedgerEntryKind.CancellationCharge), (e.TransactionKey, e.Kind)));
        Assert.Equal((Money.FromRupiah(300_005), Money.FromRupiah(300_005)), (booking.Outstanding, booking.FamilyDue));
        LedgerBalances(booking);
    }

    [Theory]
    [InlineData(BookingSide.Provider)]
    [InlineData(BookingSide.Family)]
    public void CancelVisits_ByTheProvider_OrBeforeTheRequestWasAccepted_CostsTheFamilyNothing(BookingSide by)
    {
        var booking = by == BookingSide.Provider ? Confirmed() : Requested();
        var first = VisitAt(booking, First);

        var (quote, _) = booking.CancelVisits([first], by, First.AddHours(-1));

        Assert.Equal((true, Money.Zero), (quote.Visits[0].Late, quote.Charge));
        Assert.Empty(booking.LedgerEntries);
        Assert.Equal(Money.FromRupiah(240_004), booking.AmountDue);
    }

    [Fact]
    public void CancellingTheLastVisitLeft_CancelsTheBooking_AndEveryChargeIsStillOwedOnce()
    {
        var booking = Confirmed(First, Second);
        booking.CancelVisits([VisitAt(booking, First)], BookingSide.Family, First.AddHours(-2));

        var (quote, cancelled) = booking.CancelVisits([VisitAt(booking, Second)], BookingSide.Family, Second.AddHours(-3));

        Assert.True(quote.EndsBooking);
        Assert.Equal(VisitAt(booking, Second), Assert.Single(cancelled).Id);
        Assert.Equal(BookingStatus.Cancelled, booking.Status);
        Assert.Equal(new BookingCancellation(BookingSide.Family, Second.AddHours(-3), Money.FromRupiah(60_001)), booking.Cancellation);
        Assert.Null(booking.Visits.Single(v => v.StartsAt == Second).Cancellation);
        Assert.Contains(booking.Events, e => e.Kind == BookingEventKind.Cancelled);
        Assert.Equal(Money.FromRupiah(120_002), booking.AmountDue);
        Assert.Equal((120_002L, -108_002L, -12_000L), (Balance(booking, Family), Balance(booking, Provider), Balance(booking, LedgerAccount.PlatformCommission)));
        LedgerBalances(booking);
    }

    [Fact]
    public void CancellingTheLastVisitLeft_AfterOthersWereGiven_CompletesTheBooking()
    {
        var booking = Confirmed(First, Second);
        GiveVisit(booking, First);

        var (quote, _) = booking.CancelVisits([VisitAt(booking, Second)], BookingSide.Provider, Second.AddDays(-3));

        Assert.True(quote.EndsBooking);
        Assert.Equal((BookingStatus.Completed, Money.FromRupiah(120_002)), (booking.Status, booking.AmountDue));
    }

    [Fact]
    public void TheQuote_SaysWhatTheCancellationDoes_AndACancellationShownAnotherChargeIsRefused()
    {
        var booking = Confirmed();
        var first = VisitAt(booking, First);
        var at = First.AddHours(-23);
        var quote = booking.QuoteCancellation(BookingSide.Family, at, [first]);

        var refused = Assert.Throws<BusinessRuleException>(() => booking.CancelVisits([first], BookingSide.Family, at, chargeSeen: Money.Zero));
        Assert.Equal(Booking.ChargeChanged, refused.Rule);
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Assert.Empty(booking.LedgerEntries);

        var (done, _) = booking.CancelVisits([first], BookingSide.Family, at, chargeSeen: quote.Charge);
        Assert.Equal((quote.Charge, quote.AmountDueAfter, quote.FamilyDueAfter), (done.Charge, booking.AmountDue, booking.FamilyDue));
    }

    [Fact]
    public void TheQuoteOfTheWholeBooking_ChargesOnlyTheVisitsWithinTheNotice_AndIsWhatCancelCharges()
    {
        var booking = Confirmed(First, First.AddHours(10), Second);
        var at = First.AddHours(-5);

        var quote = booking.QuoteCancellation(BookingSide.Family, at);
        var (cancellation, cancelled) = booking.Cancel(BookingSide.Family, at, chargeSeen: quote.Charge);

        Assert.Equal([true, true, false], quote.Visits.Select(v => v.Late));
        Assert.Equal((true, Money.FromRupiah(120_002), 3), (quote.EndsBooking, quote.Charge, cancelled.Count));
        Assert.Equal((quote.Charge, quote.AmountDueAfter), (cancellation.Charge, booking.AmountDue));
    }

    [Fact]
    public void CancelVisits_IsRefused_ForAVisitStartedOrCancelledAlready_AVisitOfAnotherBooking_OrAClosedBooking()
    {
        var booking = Confirmed();
        var first = VisitAt(booking, First);
        booking.CancelVisits([VisitAt(booking, Second)], BookingSide.Family, Now.AddHours(3));

        Assert.Equal(BookingVisit.NotToCome, Assert.Throws<BusinessRuleException>(() => booking.CancelVisits([first], BookingSide.Family, First.AddMinutes(1))).Rule);
        Assert.Equal(BookingVisit.NotToCome, Assert.Throws<BusinessRuleException>(() => booking.CancelVisits([VisitAt(booking, Second)], BookingSide.Family, Now.AddHours(4))).Rule);
        Assert.Throws<NotFoundException>(() => booking.CancelVisits([Guid.NewGuid()], BookingSide.Family, Now.AddHours(4)));
        var declined = Requested();
        declined.Decline(Now.AddHours(1));
        Assert.Throws<BusinessRuleException>(() => declined.CancelVisits([declined.Visits[0].Id], BookingSide.Family, Now.AddHours(2)));
    }

    [Fact]
    public void AnOfflinePaymentMadeAhead_ShowsWhatIsGivenBack_AndNothingIsOwed()
    {
        var booking = Confirmed();
        booking.RecordPaymentReceived(Money.FromRupiah(360_006), Money.FromRupiah(360_006), Now.AddHours(3));

        var quote = booking.QuoteCancellation(BookingSide.Provider, Now.AddHours(4), [VisitAt(booking, Third)]);
        booking.CancelVisits([VisitAt(booking, Third)], BookingSide.Provider, Now.AddHours(4));

        Assert.Equal((Money.FromRupiah(360_006), Money.FromRupiah(120_002)), (quote.PaidSoFar, quote.ToGiveBack));
        Assert.Equal((PaymentStatus.Received, Money.Zero), (booking.Payment!.Status, booking.Outstanding));
    }

    [Fact]
    public void AHeldCard_IsCapturedAtTheEndForTheVisitsGivenAndTheCharge_NotForTheVisitCancelled()
    {
        var nextDay = First.AddHours(20);
        var booking = Accepted(First, nextDay);
        var paymentId = booking.StartCardPayment(Now.AddHours(2)).Id;
        booking.Apply(new CardEvent("evt_auth", CardEventKind.Authorised, "pi_1", null, paymentId, Money.FromRupiah(240_004)), Now.AddHours(3));

        // The next day's visit is 21 hours ahead when it is cancelled: half its price is charged.
        booking.CancelVisits([VisitAt(booking, nextDay)], BookingSide.Family, First.AddHours(-1));
        Assert.Empty(booking.CardSettlements);
        GiveVisit(booking, First);

        Assert.Equal(BookingStatus.Completed, booking.Status);
        Assert.Equal(new CardSettlement(booking.Id, paymentId, "pi_1", 180_003), Assert.Single(booking.CardSettlements));
        booking.Apply(new CardEvent("evt_cap", CardEventKind.Captured, "pi_1", null, paymentId, Money.FromRupiah(180_003)), First.AddHours(3));
        Assert.Equal((0L, 180_003L), (Balance(booking, Family), Balance(booking, LedgerAccount.CardClearing)));
        LedgerBalances(booking);
    }

    [Fact]
    public void ASavedCard_IsAuthorisedForWhatIsDueAfterTheVisitsCancelled_AndThePlatformsFeeCountsTheCharge()
    {
        var booking = Accepted(First, Second, Third);
        var payment = booking.StartCardPayment(Now.AddHours(2), payeeAccountId: "acct_1");
        booking.Apply(new CardEvent("evt_saved", CardEventKind.CardSaved, "seti_1", booking.Id, payment.Id, Money.Zero, new SavedCard("cus_1", "pm_1")), Now.AddHours(2));

        booking.CancelVisits([VisitAt(booking, First), VisitAt(booking, Third)], BookingSide.Family, First.AddHours(-2));
        Assert.True(booking.AuthoriseSavedCardWhenDue(Second.AddDays(-5), TimeSpan.FromDays(7)));

        // One visit left (Rp 120.002) and the late first (Rp 60.001): the fee is Rp 12.000 + Rp 6.000. The third was cancelled in time.
        var asked = Assert.Single(booking.CardAuthorisations);
        Assert.Equal((180_003L, 18_000L), (asked.AmountIdr, asked.PlatformFeeIdr));
        Assert.Equal(Second.AddHours(2), booking.EndsAt);
    }

    [Fact]
    public void AnUnconfirmedBooking_LapsesAtItsFirstVisitLeft_AndALateChargeIsThenOwedOffline()
    {
        var booking = Accepted(First, Second);
        booking.CancelVisits([VisitAt(booking, First)], BookingSide.Family, First.AddHours(-1));

        Assert.Throws<BusinessRuleException>(() => booking.LapseUnpaid(First.AddMinutes(5)));
        booking.LapseUnpaid(Second.AddMinutes(5));

        Assert.Equal(BookingStatus.Expired, booking.Status);
        Assert.Equal((PaymentProvider.Offline, Money.FromRupiah(60_001)), (booking.Payment!.Provider, booking.Outstanding));
        LedgerBalances(booking);
    }

    [Fact]
    public void ASponsorsReservation_ShrinksToItsShareOfWhatIsDue_AtEachVisitCancelled_AndIsSpentExactlyByTheEnd()
    {
        var programme = Guid.NewGuid();
        var booking = Accepted();
        booking.Sponsor(new SponsorTerms(programme, "Dinsos Makassar", 75, Money.FromRupiah(200_000)), "73.71.10", Now.AddHours(2));
        booking.PayOffline(Now.AddHours(2));
        long Reserved() => Balance(booking, LedgerAccount.SponsorReserved(programme));
        Assert.Equal(200_000, Reserved());

        // In time: Rp 240.004 is left due, 75 % of it Rp 180.003, so Rp 19.997 of the cap goes back at once.
        var third = VisitAt(booking, Third);
        booking.CancelVisits([third], BookingSide.Family, Now.AddHours(3));
        Assert.Equal(180_003, Reserved());
        Assert.Equal(new SponsorBudgetChange(programme, -19_997), booking.SponsorBudgetChanges[^1]);
        Assert.Contains(booking.LedgerEntries, e => e.TransactionKey == $"sponsor-released:{booking.Id:D}:{third:D}" && e.Kind == LedgerEntryKind.SponsorReleased);
        LedgerBalances(booking);

        // Late: Rp 60.001 charged, 75 % of it (Rp 45.000) paid by the programme; Rp 180.003 left due, so Rp 135.002 kept.
        booking.CancelVisits([VisitAt(booking, First)], BookingSide.Family, First.AddHours(-2));
        Assert.Equal((135_002L - 45_000L, 45_000L), (Reserved(), Balance(booking, LedgerAccount.Sponsor(programme))));
        Assert.Equal(Money.FromRupiah(45_001), booking.FamilyDue);
        LedgerBalances(booking);

        GiveVisit(booking, Second);
        Assert.Equal((BookingStatus.Completed, 0L, 135_002L), (booking.Status, Reserved(), Balance(booking, LedgerAccount.Sponsor(programme))));
        Assert.Equal(Money.FromRupiah(45_001), booking.Outstanding);
        LedgerBalances(booking);
    }
}
