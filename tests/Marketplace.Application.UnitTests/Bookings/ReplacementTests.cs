using Marketplace.Application.Bookings;
using Marketplace.Application.Bookings.Replacements;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Bookings;

/// <summary>
/// Continuity of care: which home visits need another caregiver (cancelled by her, alone or with her booking, or she is
/// suspended while the booking stands), and the order the caregivers are offered in for one.
/// </summary>
public sealed class ReplacementTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset First = Now.AddDays(3).AddHours(1);
    private static readonly DateTimeOffset Second = First.AddDays(7);
    private static readonly DateTimeOffset Third = First.AddDays(14);

    private static readonly Guid Replaced = Guid.NewGuid();
    private static readonly Guid Ani = Guid.NewGuid();
    private static readonly Guid Budi = Guid.NewGuid();
    private static readonly Guid Citra = Guid.NewGuid();
    private static readonly Guid Dewi = Guid.NewGuid();

    [Fact]
    public void AVisitTheCaregiverCancelledAlone_NeedsAReplacement_UntilItWouldHaveStarted()
    {
        var booking = Confirmed();
        var second = VisitAt(booking, Second);
        booking.CancelVisits([second.Id], BookingSide.Provider, Now);

        Assert.Equal(ReplacementCause.CaregiverCancelled, booking.ReplacementCauseOf(second, caregiverSuspended: false, Now));
        Assert.Null(booking.ReplacementCauseOf(second, caregiverSuspended: false, Second));
        Assert.Null(booking.ReplacementCauseOf(VisitAt(booking, First), caregiverSuspended: false, Now));
        Assert.Equal([second], booking.VisitsToReplace(caregiverSuspended: false, Now).Select(v => v.Visit));
    }

    [Fact]
    public void AVisitTheFamilyCancelled_NeedsNoReplacement()
    {
        var booking = Confirmed();
        var second = VisitAt(booking, Second);
        booking.CancelVisits([second.Id], BookingSide.Family, Now);

        Assert.Null(booking.ReplacementCauseOf(second, caregiverSuspended: false, Now));
    }

    [Fact]
    public void EveryVisitLeft_WhenTheCaregiverCancelsHerBooking_NeedsAReplacement_ButNotWhenTheFamilyDoes()
    {
        var byCaregiver = Confirmed();
        byCaregiver.Cancel(BookingSide.Provider, Now);
        var byFamily = Confirmed();
        byFamily.Cancel(BookingSide.Family, Now);

        Assert.Equal(3, byCaregiver.VisitsToReplace(caregiverSuspended: false, Now).Count);
        Assert.All(byCaregiver.VisitsToReplace(caregiverSuspended: false, Now), v => Assert.Equal(ReplacementCause.CaregiverCancelled, v.Cause));
        Assert.Empty(byFamily.VisitsToReplace(caregiverSuspended: false, Now));
    }

    [Fact]
    public void ADeclinedRequest_NeedsNoReplacement_ItWasNeverAgreed()
    {
        var booking = Requested();
        booking.Decline(Now);

        Assert.Empty(booking.VisitsToReplace(caregiverSuspended: true, Now));
    }

    [Fact]
    public void WhileTheCaregiverIsSuspended_EveryScheduledVisitToCome_NeedsAReplacement_ButNotOneGiven()
    {
        var booking = Confirmed();
        booking.CheckIn(null, First);
        booking.CheckOut(new VisitLog(["companionship"], "", null), First.AddHours(2));
        var after = First.AddHours(3);

        Assert.Equal([Second, Third], booking.VisitsToReplace(caregiverSuspended: true, after).Select(v => v.Visit.StartsAt));
        Assert.All(booking.VisitsToReplace(caregiverSuspended: true, after), v => Assert.Equal(ReplacementCause.CaregiverSuspended, v.Cause));
        Assert.Empty(booking.VisitsToReplace(caregiverSuspended: false, after));
    }

    [Fact]
    public void Arrange_PutsPreferredFirst_ThenPreviouslyBooked_ThenNearby_EachOnceUnderItsFirstReason()
    {
        var arranged = ReplacementOrder.Arrange([Budi], [Citra, Budi], [Ani, Dewi, Citra], Replaced, _ => true);

        Assert.Equal(
            [(Budi, ReplacementReason.Preferred), (Citra, ReplacementReason.PreviouslyBooked), (Ani, ReplacementReason.Nearby), (Dewi, ReplacementReason.Nearby)],
            arranged);
    }

    [Fact]
    public void Arrange_LeavesOutTheReplacedCaregiver_AndWhoeverCannotTakeTheVisit()
    {
        var arranged = ReplacementOrder.Arrange([Replaced, Budi], [Replaced, Citra], [Ani, Replaced], Replaced, id => id != Citra);

        Assert.Equal([(Budi, ReplacementReason.Preferred), (Ani, ReplacementReason.Nearby)], arranged);
    }

    [Fact]
    public void Arrange_OffersAtMostTheLimit_KeepingTheFirst()
    {
        var preferred = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        var nearby = Enumerable.Range(0, ReplacementOrder.MaxOffered * 2).Select(_ => Guid.NewGuid()).ToList();

        var arranged = ReplacementOrder.Arrange(preferred, [], nearby, null, _ => true);

        Assert.Equal(ReplacementOrder.MaxOffered, arranged.Count);
        Assert.Equal(preferred, arranged.Take(3).Select(a => a.CaregiverId));
        Assert.Equal(nearby.Take(ReplacementOrder.MaxOffered - 3), arranged.Skip(3).Select(a => a.CaregiverId));
    }

    /// <summary>A weekly series of three two-hour visits, the first three days ahead.</summary>
    private static Booking Requested() => Booking.RequestHomeCare(
        new HomeCareRequest(
            new BookingParties(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Hj. Sitti", Guid.NewGuid(), "Irmawati", Replaced, null),
            [First, Second, Third], 2, Money.FromRupiah(60_000), IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24),
            BookingPolicy.Default.LatestStart(Now), CommissionPercent: 10),
        Now);

    private static Booking Confirmed()
    {
        var booking = Requested();
        booking.Accept(Now.AddHours(1));
        booking.PayOffline(Now.AddHours(2));
        return booking;
    }

    private static BookingVisit VisitAt(Booking booking, DateTimeOffset start) => booking.Visits.Single(v => v.StartsAt == start);
}
