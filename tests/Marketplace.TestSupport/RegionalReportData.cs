using Marketplace.Application.Bookings;
using Marketplace.Application.Families;
using Marketplace.Application.Complaints;
using Marketplace.Application.Reviews;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Sponsors;
using Marketplace.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.TestSupport;

/// <summary>
/// The fixed data set the regional report is checked against, stored straight through the domain (each booking made,
/// accepted, paid and given at the times named, in March and April 2025, WITA), so edges of the period and states the
/// API could only reach over weeks are exact. Home care costs Rp 50.000 an hour with a 10 % commission.
/// <list type="table">
/// <item>F1, elder R1 in Tamalate (73.71.10): B1 visits 10 Mar 09:00 (2 h) and 30 Apr 23:30 (2 h), both given by C1; B2 a visit
/// 1 May 00:30 (1 h, C2), given, after the period; B7 a visit 10 Apr 09:00 (1 h, C1), confirmed and never checked out of; B10 a
/// free clinic slot 15 Mar 10:00.</item>
/// <item>F2, R2 with a disability and child R3 in Mariso (73.71.01): B3 a visit 1 Mar 00:30 (3 h, C2; 28 Feb in UTC), half paid by a
/// sponsor programme; B4 a visit 20 Mar 10:00 (2 h, C1), a no-show; B8 daycare days 3 Mar, 4 Mar and 7 Apr (Rp 100.000 a day),
/// confirmed; B9 a daycare day 5 Mar never confirmed.</item>
/// <item>F3, elder R4 in Somba Opu, Gowa (73.06.08): B6 a visit 5 Apr 08:00 (4 h, C2), given.</item>
/// <item>F4, elder R5 in Tamalate: B5 a visit 25 Mar 10:00, cancelled by the family five days ahead.</item>
/// <item>Reviews: B1 5 stars (12 Mar), B8 3 stars (8 Apr), B3 1 star (5 Mar) hidden by an admin, B6 2 stars (6 Apr).</item>
/// <item>Complaints: about B4 (20 Mar, upheld), B8 (9 Apr, open), B6 in Gowa (7 Apr, not upheld), B2 (2 May, after the period).</item>
/// </list>
/// </summary>
public static class RegionalReportData
{
    public const string Tamalate = "73.71.10";
    public const string Mariso = "73.71.01";
    public const string SombaOpu = "73.06.08";

    private static readonly Money Rate = Money.FromRupiah(50_000);
    private static readonly DateTimeOffset Booked = Wita(2025, 2, 1, 8, 0);
    private static readonly VisitLog Log = new(["companionship"], "Menemani jalan pagi.", null);

    /// <summary>The instant, in UTC as the app's clock gives it, when the wall clock in WITA shows this.</summary>
    public static DateTimeOffset Wita(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    public static Task SeedAsync(MarketplaceAppFactory app) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<MarketplaceDbContext>();
        var (c1, c2) = (Guid.NewGuid(), Guid.NewGuid());
        var f1 = new Person(Guid.NewGuid(), Guid.NewGuid(), RecipientKind.Elder, Tamalate);
        var f2Disability = new Person(Guid.NewGuid(), Guid.NewGuid(), RecipientKind.Disability, Mariso);
        var f2Child = f2Disability with { RecipientId = Guid.NewGuid(), Kind = RecipientKind.Child };
        var f3 = new Person(Guid.NewGuid(), Guid.NewGuid(), RecipientKind.Elder, SombaOpu);
        var f4 = new Person(Guid.NewGuid(), Guid.NewGuid(), RecipientKind.Elder, Tamalate);

        var b1 = Confirmed(HomeCare(f1, c1, 2, Wita(2025, 3, 10, 9, 0), Wita(2025, 4, 30, 23, 30)));
        Give(b1, Wita(2025, 3, 10, 9, 0), 2);
        Give(b1, Wita(2025, 4, 30, 23, 30), 2);
        var b2 = Confirmed(HomeCare(f1, c2, 1, Wita(2025, 5, 1, 0, 30)));
        Give(b2, Wita(2025, 5, 1, 0, 30), 1);
        var b3 = HomeCare(f2Disability, c2, 3, Wita(2025, 3, 1, 0, 30));
        b3.Accept(Booked);
        b3.Sponsor(new SponsorTerms(Guid.NewGuid(), "Program Uji", 50, Money.FromRupiah(1_000_000)), Mariso, Booked);
        b3.PayOffline(Booked);
        Give(b3, Wita(2025, 3, 1, 0, 30), 3);
        var b4 = Confirmed(HomeCare(f2Disability, c1, 2, Wita(2025, 3, 20, 10, 0)));
        b4.MarkNoShow(b4.Visits[0].Id, Wita(2025, 3, 20, 10, 15));
        var b5 = Confirmed(HomeCare(f4, c1, 2, Wita(2025, 3, 25, 10, 0)));
        b5.Cancel(BookingSide.Family, Wita(2025, 3, 20, 10, 0));
        var b6 = Confirmed(HomeCare(f3, c2, 4, Wita(2025, 4, 5, 8, 0)));
        Give(b6, Wita(2025, 4, 5, 8, 0), 4);
        var b7 = Confirmed(HomeCare(f1, c1, 1, Wita(2025, 4, 10, 9, 0)));
        var b8 = Confirmed(Daycare(f2Child, new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 4), new DateOnly(2025, 4, 7)));
        var b9 = Daycare(f2Child, new DateOnly(2025, 3, 5));
        var b10 = Reserve(BookingKind.MobileClinic, f1, Money.Zero, Guid.NewGuid(), [new TimeWindow(Wita(2025, 3, 15, 10, 0), Wita(2025, 3, 15, 10, 30))]);
        db.Bookings.AddRange(b1, b2, b3, b4, b5, b6, b7, b8, b9, b10);

        var hidden = Review.Write(b3, "Uji Keluarga", 1, "Buruk.", Wita(2025, 3, 5, 9, 0));
        hidden.Hide("Kata kasar.", Wita(2025, 3, 6, 9, 0));
        db.Reviews.AddRange(
            Review.Write(b1, "Uji Keluarga", 5, "Sangat baik.", Wita(2025, 3, 12, 9, 0)),
            Review.Write(b8, "Uji Keluarga", 3, "Cukup.", Wita(2025, 4, 8, 9, 0)),
            hidden,
            Review.Write(b6, "Uji Keluarga", 2, "Terlambat.", Wita(2025, 4, 6, 9, 0)));
        var upheld = Complaint.File(b4, ComplaintCategory.MissedCare, "Tidak datang.", Wita(2025, 3, 20, 12, 0));
        upheld.Resolve(ComplaintOutcome.Upheld, "Terbukti.", suspendProvider: false, Wita(2025, 3, 25, 9, 0));
        var notUpheld = Complaint.File(b6, ComplaintCategory.Billing, "Tagihan salah.", Wita(2025, 4, 7, 9, 0));
        notUpheld.Resolve(ComplaintOutcome.NotUpheld, "Tagihan benar.", suspendProvider: false, Wita(2025, 4, 8, 9, 0));
        db.Complaints.AddRange(
            upheld,
            Complaint.File(b8, ComplaintCategory.QualityOfCare, "Anak tidak diawasi.", Wita(2025, 4, 9, 9, 0)),
            notUpheld,
            Complaint.File(b2, ComplaintCategory.Conduct, "Kasar.", Wita(2025, 5, 2, 9, 0)));
        return await db.SaveChangesAsync();
    });

    private static Booking HomeCare(Person person, Guid caregiverId, int hours, params DateTimeOffset[] starts) => Booking.RequestHomeCare(
        new HomeCareRequest(
            person.Parties(caregiverId, null), starts, hours, Rate, IndonesianTimeZones.Wita, 50, TimeSpan.FromDays(30), DateTimeOffset.MaxValue, CommissionPercent: 10),
        Booked);

    private static Booking Daycare(Person person, params DateOnly[] days) => Reserve(
        BookingKind.Daycare, person, Money.FromRupiah(100_000), null,
        [.. days.Select(day => new TimeWindow(
            IndonesianTimeZones.ToInstant(day, new TimeOnly(8, 0), IndonesianTimeZones.Wita), IndonesianTimeZones.ToInstant(day, new TimeOnly(15, 0), IndonesianTimeZones.Wita)))]);

    private static Booking Reserve(BookingKind kind, Person person, Money price, Guid? slotId, IReadOnlyList<TimeWindow> windows) => Booking.Reserve(
        new PlaceReservation(
            kind, person.Parties(null, Guid.NewGuid()), windows, slotId, price, IndonesianTimeZones.Wita, 50, DateOnly.MaxValue, CommissionPercent: 5),
        Booked);

    private static Booking Confirmed(Booking booking)
    {
        if (booking.Status == BookingStatus.Requested)
        {
            booking.Accept(Booked);
        }

        booking.PayOffline(Booked);
        return booking;
    }

    /// <summary>The caregiver checks in at the visit's start and out <paramref name="hours"/> later, posting its charge then.</summary>
    private static void Give(Booking booking, DateTimeOffset start, int hours)
    {
        booking.CheckIn(booking.Visits.Single(v => v.StartsAt == start).Id, start);
        booking.CheckOut(Log, start.AddHours(hours));
    }

    private sealed record Person(Guid FamilyId, Guid RecipientId, RecipientKind Kind, string AreaCode)
    {
        public BookingParties Parties(Guid? caregiverId, Guid? listingId) => new(
            FamilyId, Guid.NewGuid(), RecipientId, "Penerima Uji", Guid.NewGuid(), "Penyedia Uji", caregiverId, listingId, Kind, AreaCode);
    }
}
