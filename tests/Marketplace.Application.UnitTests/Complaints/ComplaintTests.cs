using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Complaints;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Complaints;

public sealed class ComplaintTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Visit = Now.AddDays(3).AddHours(1);

    private static readonly BookingParties Parties =
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Hj. Sitti", Guid.NewGuid(), "Irmawati", Guid.NewGuid(), null);

    private static Booking Requested() => Booking.RequestHomeCare(
        new HomeCareRequest(
            Parties, [Visit, Visit.AddDays(7)], 2, Money.FromRupiah(60_000), IndonesianTimeZones.Wita, 50, TimeSpan.FromHours(24),
            BookingPolicy.Default.LatestStart(Now), CommissionPercent: 10),
        Now);

    [Fact]
    public void File_IsAboutTheBookingsCaregiver_AndOpen_UntilNinetyDaysAfterItsLastVisit()
    {
        var booking = Requested();
        var lastEnd = Visit.AddDays(7).AddHours(2);

        var complaint = Complaint.File(booking, ComplaintCategory.Safety, "  Ibu jatuh.  ", lastEnd.AddDays(Complaint.WindowDays));

        Assert.Equal((ComplaintStatus.Open, Parties.CaregiverId, (Guid?)null, Parties.RecipientId, "Ibu jatuh."),
            (complaint.Status, complaint.CaregiverId, complaint.ListingId, complaint.RecipientId, complaint.Description));
        Assert.Equal(lastEnd.AddDays(Complaint.WindowDays), Complaint.FileableUntil(booking));
        var late = Assert.Throws<BusinessRuleException>(() => Complaint.File(booking, ComplaintCategory.Other, "Terlambat.", lastEnd.AddDays(Complaint.WindowDays).AddSeconds(1)));
        Assert.Equal(Complaint.TooLate, late.Message);
    }

    [Fact]
    public void OnlyAnOpenComplaint_IsTakenUp_AndAResolvedOne_IsNotResolvedAgain()
    {
        var complaint = Complaint.File(Requested(), ComplaintCategory.MissedCare, "Tidak datang.", Now);

        complaint.Investigate(Now.AddHours(1));
        Assert.Equal(Complaint.NotOpen, Assert.Throws<BusinessRuleException>(() => complaint.Investigate(Now.AddHours(2))).Message);
        complaint.Resolve(ComplaintOutcome.NotUpheld, " Sudah dijelaskan. ", suspendProvider: false, Now.AddHours(3));

        Assert.Equal((ComplaintStatus.Resolved, ComplaintOutcome.NotUpheld, "Sudah dijelaskan.", Now.AddHours(1)),
            (complaint.Status, complaint.Outcome, complaint.Resolution, complaint.InvestigatingSince));
        Assert.Equal(Complaint.ResolvedAlready, Assert.Throws<BusinessRuleException>(() => complaint.Resolve(ComplaintOutcome.Upheld, "Lagi.", false, Now)).Message);
        Assert.Equal(Complaint.ResolvedAlready, Assert.Throws<BusinessRuleException>(() => complaint.Investigate(Now)).Message);
    }

    [Fact]
    public void OnlyAnUpheldComplaint_SuspendsTheProvider()
    {
        var complaint = Complaint.File(Requested(), ComplaintCategory.Conduct, "Kasar.", Now);

        Assert.Equal(Complaint.SuspendNeedsUpheld,
            Assert.Throws<BusinessRuleException>(() => complaint.Resolve(ComplaintOutcome.NotUpheld, "Tidak terbukti.", suspendProvider: true, Now)).Message);
        Assert.Equal(ComplaintStatus.Open, complaint.Status);

        complaint.Resolve(ComplaintOutcome.Upheld, "Terbukti.", suspendProvider: true, Now);
        Assert.True(complaint.SuspendedProvider);
        Assert.Equal(Now, complaint.InvestigatingSince);
    }
}
