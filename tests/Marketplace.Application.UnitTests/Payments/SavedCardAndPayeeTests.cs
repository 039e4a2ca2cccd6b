using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Payments;

/// <summary>
/// The booking's rules for a card saved at checkout (when its authorisation is asked for, once) and for a charge paid
/// to the provider's own Stripe account (the fee kept, and the ledger's lines of the transfer and its reversal).
/// </summary>
public sealed class SavedCardAndPayeeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan SevenDays = TimeSpan.FromDays(7);
    private static readonly Guid ProviderUserId = Guid.NewGuid();
    private static readonly string Provider = LedgerAccount.Provider(ProviderUserId);
    private static readonly SavedCard Card = new("cus_test", "pm_test");

    /// <summary>Two-hour visits at Rp 60.001 an hour (Rp 120.002 a visit, 10 % commission: Rp 12.000 a visit), accepted.</summary>
    private static Booking Accepted(params DateTimeOffset[] starts)
    {
        var booking = Booking.RequestHomeCare(
            new HomeCareRequest(
                new BookingParties(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Hj. Sitti", ProviderUserId, "Irmawati", Guid.NewGuid(), null),
                starts, 2, Money.FromRupiah(60_001), IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24),
                BookingPolicy.Default.LatestStart(Now), CommissionPercent: 10),
            Now);
        booking.Accept(Now.AddHours(1));
        return booking;
    }

    private static BookingPayment SaveCard(Booking booking)
    {
        var payment = booking.StartCardPayment(Now.AddHours(2));
        booking.Apply(new CardEvent("evt_saved", CardEventKind.CardSaved, "seti_test", booking.Id, payment.Id, Money.Zero, Card), Now.AddHours(2));
        return payment;
    }

    [Fact]
    public void CareEndingWithinTheHoldLessADay_IsHeldAtCheckout_AndLaterCareSavesTheCard()
    {
        // The last visit ends at start + 2 h and is captured within a day of it: the hold must last until then.
        var start = Now.AddDays(5);
        Assert.False(Accepted(start).OutlastsAnAuthorisation(EarliestHoldFor(start), SevenDays));
        Assert.True(Accepted(start).OutlastsAnAuthorisation(EarliestHoldFor(start) - TimeSpan.FromMinutes(1), SevenDays));
        Assert.True(Accepted(Now.AddDays(3), Now.AddDays(10)).OutlastsAnAuthorisation(Now, SevenDays));
    }

    [Fact]
    public void ASavedCard_ConfirmsTheBooking_AndIsAuthorisedOnceWhenTheCareEndsWithinTheHold()
    {
        var last = Now.AddDays(24);
        var booking = Accepted(Now.AddDays(3), Now.AddDays(10), Now.AddDays(17), last);
        var payment = SaveCard(booking);
        Assert.Equal((BookingStatus.Confirmed, PaymentStatus.CardSaved), (booking.Status, payment.Status));

        Assert.False(booking.AuthoriseSavedCardWhenDue(EarliestHoldFor(last) - TimeSpan.FromMinutes(1), SevenDays));
        Assert.Empty(booking.CardAuthorisations);
        Assert.True(booking.AuthoriseSavedCardWhenDue(EarliestHoldFor(last), SevenDays));
        var asked = Assert.Single(booking.CardAuthorisations);
        Assert.Equal((payment.Id, "cus_test", "pm_test", 480_008L, (string?)null), (asked.PaymentId, asked.CustomerId, asked.PaymentMethodId, asked.AmountIdr, asked.PayeeAccountId));
        Assert.False(booking.AuthoriseSavedCardWhenDue(last, SevenDays));
        Assert.Single(booking.CardAuthorisations);

        booking.Apply(new CardEvent("authorisation", CardEventKind.Authorised, "pi_test", booking.Id, payment.Id, Money.FromRupiah(480_008)), last);
        Assert.Equal(("pi_test", PaymentStatus.Authorised), (payment.ProcessorPaymentId, payment.Status));
        Assert.Empty(booking.CardSettlements);
    }

    [Fact]
    public void ASavedCardDeclinedWhenAuthorised_LeavesTheFamilyToPayTheProviderDirectly()
    {
        var booking = Accepted(Now.AddDays(3), Now.AddDays(10));
        var payment = SaveCard(booking);
        booking.AuthoriseSavedCardWhenDue(Now.AddDays(5), SevenDays);
        booking.ClearEvents();

        booking.Apply(new CardEvent("declined", CardEventKind.Declined, "", booking.Id, payment.Id, Money.FromRupiah(240_004)), Now.AddDays(5));

        Assert.Equal((PaymentProvider.Offline, PaymentStatus.Pending, BookingStatus.Confirmed), (payment.Provider, payment.Status, booking.Status));
        Assert.Contains(booking.Events, e => e.Kind == BookingEventKind.PaymentFailed);
        Assert.Equal(Money.FromRupiah(240_004), booking.Outstanding);
    }

    [Fact]
    public void ACardSavedOnAnOlderCheckout_OrAfterTheBookingClosed_ChangesNothing()
    {
        var booking = Accepted(Now.AddDays(3), Now.AddDays(10));
        var first = booking.StartCardPayment(Now.AddHours(2));
        var second = booking.StartCardPayment(Now.AddHours(3));
        booking.Apply(new CardEvent("old", CardEventKind.CardSaved, "seti_old", booking.Id, first.Id, Money.Zero, Card), Now.AddHours(4));
        Assert.Equal((BookingStatus.Accepted, PaymentStatus.Pending), (booking.Status, second.Status));

        booking.Cancel(BookingSide.Family, Now.AddHours(5));
        booking.Apply(new CardEvent("late", CardEventKind.CardSaved, "seti_late", booking.Id, second.Id, Money.Zero, Card), Now.AddHours(6));
        Assert.Equal((BookingStatus.Cancelled, PaymentStatus.Pending), (booking.Status, second.Status));
    }

    [Fact]
    public void AVisitMovedBeyondWhatTheCardHolds_IsRefused_AndOneMovedWithinItIsMoved()
    {
        var start = Now.AddDays(3);
        var booking = Accepted(start);
        var payment = booking.StartCardPayment(Now.AddHours(2));
        booking.Apply(new CardEvent("auth", CardEventKind.Authorised, "pi_test", booking.Id, payment.Id, Money.FromRupiah(120_002)), Now.AddHours(2));
        var visit = booking.Visits[0].Id;
        var latest = BookingPolicy.Default.LatestStart(Now);

        // Held from the payment's start (Now + 2 h) for 7 days: the two-hour visit must end a day before that.
        Assert.Throws<BusinessRuleException>(() => booking.MoveVisit(visit, Now.AddDays(6).AddMinutes(1), BookingSide.Family, Now.AddHours(3), latest, SevenDays));
        booking.MoveVisit(visit, Now.AddDays(6), BookingSide.Family, Now.AddHours(3), latest, SevenDays);
        Assert.Equal(Now.AddDays(6), booking.Visits[0].StartsAt);
    }

    [Fact]
    public void ASavedCardRefusedAfterTheBookingWasCancelledInTime_IsLetGo_WithoutAskingTheFamilyToPay()
    {
        var booking = Accepted(Now.AddDays(3), Now.AddDays(10));
        var payment = SaveCard(booking);
        booking.AuthoriseSavedCardWhenDue(Now.AddDays(5), SevenDays);
        booking.Cancel(BookingSide.Family, Now.AddDays(2));
        booking.ClearEvents();

        booking.Apply(new CardEvent("declined", CardEventKind.Declined, "", booking.Id, payment.Id, Money.FromRupiah(240_004)), Now.AddDays(2));

        Assert.Equal((PaymentProvider.Stripe, PaymentStatus.Released), (payment.Provider, payment.Status));
        Assert.DoesNotContain(booking.Events, e => e.Kind == BookingEventKind.PaymentFailed);
    }

    [Fact]
    public void ASavedCardHeldForLessThanIsOwed_IsReleased_AndTheFamilyPaysDirectly()
    {
        var booking = Accepted(Now.AddDays(3));
        var payment = SaveCard(booking);
        booking.AuthoriseSavedCardWhenDue(Now.AddHours(3), SevenDays);

        booking.Apply(new CardEvent("short", CardEventKind.Authorised, "pi_short", booking.Id, payment.Id, Money.FromRupiah(100_000)), Now.AddHours(4));

        Assert.Equal((PaymentProvider.Offline, PaymentStatus.Pending), (payment.Provider, payment.Status));
        Assert.Equal(("pi_short", 0L), (Assert.Single(booking.CardSettlements).ProcessorPaymentId, booking.CardSettlements[0].CaptureIdr));
    }

    [Fact]
    public void AChargeToTheProvidersAccount_KeepsTheCommission_AndTheLedgerShowsHerPartPaidOutAndTakenBack()
    {
        var start = Now.AddDays(3);
        var booking = Accepted(start);
        var payment = booking.StartCardPayment(Now.AddHours(2), payeeAccountId: "acct_test");
        Assert.Equal(Money.FromRupiah(12_000), booking.FamilyCommissionDue());
        booking.Apply(new CardEvent("auth", CardEventKind.Authorised, "pi_test", booking.Id, payment.Id, Money.FromRupiah(120_002)), Now.AddHours(3));
        booking.CheckIn(null, start);
        booking.CheckOut(new VisitLog(["companionship"], "", null), start.AddHours(2));

        var settlement = Assert.Single(booking.CardSettlements);
        Assert.Equal((120_002L, (long?)12_000), (settlement.CaptureIdr, settlement.PlatformFeeIdr));
        booking.Apply(new CardEvent("captured", CardEventKind.Captured, "pi_test", booking.Id, payment.Id, Money.FromRupiah(120_002)), start.AddHours(3));
        Assert.Equal(0, Balance(booking, Provider));
        Assert.Equal(108_002, booking.LedgerEntries.Where(e => e.Kind == LedgerEntryKind.Payout).Sum(e => e.AmountIdr));

        booking.Apply(new CardEvent("refunded", CardEventKind.Refunded, "pi_test", booking.Id, payment.Id, Money.FromRupiah(60_001)), start.AddDays(1));
        Assert.Equal(0, Balance(booking, Provider));
        Assert.Equal(54_001, booking.LedgerEntries.Where(e => e.Kind == LedgerEntryKind.TransferReversed).Sum(e => e.AmountIdr));
    }

    /// <summary>The earliest time a 7-day hold outlasts a last visit starting at <paramref name="lastStart"/> by a day past its end.</summary>
    private static DateTimeOffset EarliestHoldFor(DateTimeOffset lastStart) => lastStart.AddHours(2) + Booking.CaptureMargin - SevenDays;

    private static long Balance(Booking booking, string account) =>
        booking.LedgerEntries.Where(e => e.DebitAccount == account).Sum(e => e.AmountIdr)
        - booking.LedgerEntries.Where(e => e.CreditAccount == account).Sum(e => e.AmountIdr);
}
