using System.Globalization;
using Marketplace.TestSupport;
using Marketplace.Web.Localization;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Pages;

/// <summary>
/// Every page writes a time one way for its language, on the 24-hour clock: "09.00" in Indonesian, "09:00" in
/// English; never "09.00 WITA" beside "sampai 11:00", never "9:00 AM".
/// </summary>
public abstract class TimeDisplayTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Theory]
    [InlineData("id", "09.05", "Selasa, 1 Desember 2026 09.05 WITA")]
    [InlineData("en", "09:05", "Tuesday, 1 December 2026 09:05 WITA")]
    [InlineData("en", "21:30", null)]
    public void ATime_IsWrittenTheWayThePagesLanguageWritesIt(string language, string expected, string? withDate)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            var time = TimeOnly.ParseExact(expected.Replace('.', ':'), "HH:mm", CultureInfo.InvariantCulture);
            Assert.Equal(expected, DisplayFormats.Time(time));
            Assert.Equal(expected, DisplayFormats.Time(new DateTimeOffset(2026, 12, 1, time.Hour, time.Minute, 0, TimeSpan.FromHours(8))));
            if (withDate is not null)
            {
                Assert.Equal(withDate, DisplayFormats.LocalDateTime(new DateTimeOffset(2026, 12, 1, 1, 5, 0, TimeSpan.Zero), "Asia/Makassar"));
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public async Task ABookingAndTheCaregiversWeek_WriteStartAndEndAlike_InEachLanguage()
    {
        var (caregiverApi, caregiverId) = await app.NewBookableCaregiverAsync();
        var (familyApi, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Tuesday, 9);
        var id = await familyApi.BookAsync(caregiverId, recipientId, start, hours: 2);
        var family = await app.OnPagesAsync(familyApi);
        var caregiver = await app.OnPagesAsync(caregiverApi);

        var indonesian = await family.GetStringAsync($"/bookings/{id}");
        var english = await family.GetStringAsync($"/bookings/{id}?culture=en");
        var week = await caregiver.GetStringAsync($"/caregiver/schedule?week={start:yyyy-MM-dd}");

        Assert.Contains("09.00 WITA", indonesian, StringComparison.Ordinal);
        Assert.Contains("sampai 11.00", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("sampai 11:00", indonesian, StringComparison.Ordinal);
        Assert.Contains("09:00 WITA", english, StringComparison.Ordinal);
        Assert.Contains("until 11:00", english, StringComparison.Ordinal);
        Assert.DoesNotContain(" AM ", english, StringComparison.Ordinal);
        Assert.Contains("09.00–11.00 · Hj. Sitti Rahmah", week, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClinicsSlots_AreWrittenLikeEveryOtherTime()
    {
        var (_, clinicId, _) = await app.NewClinicSlotAsync(capacityPerSlot: 4);
        var (family, _) = await app.NewFamilyAsync();
        var pages = await app.OnPagesAsync(family);

        var html = await pages.GetStringAsync($"/listings/{clinicId}");

        Assert.Contains("08.00–08.30 WITA", html, StringComparison.Ordinal);
        Assert.Contains("08:00–08:30 WITA", await pages.GetStringAsync($"/listings/{clinicId}?culture=en"), StringComparison.Ordinal);
    }
}

public sealed class TimeDisplayOnSqlite(SqliteAppFactory app) : TimeDisplayTests<SqliteAppFactory>(app);

public sealed class TimeDisplayOnPostgres(PostgresAppFactory app) : TimeDisplayTests<PostgresAppFactory>(app);
