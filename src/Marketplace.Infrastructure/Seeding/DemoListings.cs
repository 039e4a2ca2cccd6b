using Marketplace.Application.Bookings;
using Marketplace.Application.Listings;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Infrastructure.Seeding;

/// <summary>The demo enterprises' services: home care in Makassar and Gowa, an inclusive daycare, a mobile clinic in Maros.</summary>
internal static class DemoListings
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static Listing HomeCare(Guid enterpriseId, string title, string areaCode, DateTimeOffset now) =>
        Listing.CreateHomeCare(enterpriseId, new ListingBasics(
            title,
            "Pendamping bersertifikat datang ke rumah: bantuan mandi dan makan, pengingat obat, latihan gerak ringan, dan teman bicara.",
            AreaCode.Parse(areaCode), 50), now);

    public static Listing Daycare(Guid enterpriseId, DateTimeOffset now) =>
        Listing.CreateDaycare(enterpriseId, new ListingBasics(
                "Penitipan Anak Inklusif Rumah Inklusi",
                "Penitipan harian untuk anak dengan dan tanpa disabilitas, dengan terapis okupasi dan ruang tenang.",
                AreaCode.Parse("73.71.13"), 25),
            DaycareDetails.Create(
                "Jl. Perintis Kemerdekaan Km 9 No. 21, Tamalanrea",
                GeoPoint.Create(-5.1321, 119.4893),
                Weekdays,
                new TimeOnly(7, 30),
                new TimeOnly(16, 0),
                placesPerDay: 12,
                ageYears: (2, 10),
                ["autism", "down-syndrome", "cerebral-palsy", "hearing-impairment"],
                ["step-free-entrance", "accessible-toilet", "quiet-room", "sign-language"],
                Money.FromRupiah(85_000)),
            now);

    /// <summary>A clinic with stops in the coming days, so its slots can be booked in the demo.</summary>
    public static Listing MobileClinic(Guid enterpriseId, DateTimeOffset now)
    {
        var clinic = Listing.CreateMobileClinic(enterpriseId, new ListingBasics(
                "Klinik Keliling Sehat Maros",
                "Pemeriksaan kesehatan lansia dari desa ke desa: tekanan darah, gula darah, perawatan luka, dan konseling gizi.",
                AreaCode.Parse("73.09.04"), 0),
            MobileClinicDetails.Create(["blood-pressure-check", "blood-sugar-check", "wound-care", "nutrition-counselling"], Money.FromRupiah(25_000)),
            now);
        var today = IndonesianTimeZones.LocalDate(now, IndonesianTimeZones.Wita);
        clinic.AddStop(new StopDetails("Balai Desa Bontoa", GeoPoint.Create(-4.9850, 119.5460), today.AddDays(3), new TimeOnly(8, 0), new TimeOnly(12, 0), 30, 4), BookingPolicy.Default, now);
        clinic.AddStop(new StopDetails("Puskesmas Turikale", GeoPoint.Create(-5.0055, 119.5722), today.AddDays(5), new TimeOnly(9, 0), new TimeOnly(13, 0), 30, 4), BookingPolicy.Default, now);
        clinic.AddStop(new StopDetails("Masjid Raya Mandai", GeoPoint.Create(-5.0600, 119.5150), today.AddDays(8), new TimeOnly(13, 0), new TimeOnly(16, 0), 20, 3), BookingPolicy.Default, now);
        return clinic;
    }
}
