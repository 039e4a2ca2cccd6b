using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Pages;

/// <summary>
/// The calendars: a caregiver's week and month, a family's bookings, drawn as a table of days with the visits and time
/// off of each, in WITA; a period that cannot be shown says so instead of failing; the bookings list shows a booking
/// under its next visit.
/// </summary>
public abstract partial class CalendarPageTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private static readonly CultureInfo Indonesian = new("id-ID");
    private static readonly string[] Mondays = ["monday"];

    [Fact]
    public async Task ACaregiversWeekAndMonth_ShowTheVisitOnItsDay_AndTheDayOff_InATableOfDays()
    {
        var (caregiverApi, caregiverId) = await app.NewBookableCaregiverAsync();
        var (familyApi, recipientId) = await app.NewFamilyAsync();
        var visit = Next(DayOfWeek.Tuesday, 9);
        var bookingId = await familyApi.BookAsync(caregiverId, recipientId, visit, hours: 2);
        var day = DateOnly.FromDateTime(visit.DateTime);
        var dayOff = day.AddDays(2);
        (await caregiverApi.PutAsJsonAsync("/api/v1/caregivers/me/availability", new
        {
            timeZone = "Asia/Makassar",
            weekly = Enum.GetNames<DayOfWeek>().Select(d => new { day = d.ToLowerInvariant(), start = "07:00", end = "19:00" }),
            timeOff = new[] { new { from = $"{dayOff:yyyy-MM-dd}T00:00:00+08:00", to = $"{dayOff.AddDays(1):yyyy-MM-dd}T00:00:00+08:00" } },
        })).EnsureSuccessStatusCode();
        var caregiver = await app.OnPagesAsync(caregiverApi);

        var week = await PageAsync(caregiver, $"/caregiver/schedule?week={day:yyyy-MM-dd}");
        var month = await PageAsync(caregiver, $"/caregiver/schedule?month={day:yyyy-MM}");

        foreach (var page in new[] { week, month })
        {
            Assert.Contains("<caption data-testid=\"period\">", page, StringComparison.Ordinal);
            Assert.Equal(7, HeaderCells().Count(page));
            Assert.Contains($"<a href=\"/bookings/{bookingId}\">09.00–11.00 · Hj. Sitti Rahmah</a>", page, StringComparison.Ordinal);
            Assert.Contains($"{day.ToString("dddd", Indonesian)}, {day.ToString("d MMMM yyyy", Indonesian)}", page, StringComparison.Ordinal);
        }

        Assert.Matches($"class=\"calendar-day[^\"]*calendar-off\"[^>]*data-date=\"{dayOff:yyyy-MM-dd}\"", week);
        Assert.Contains("Libur sepanjang hari", week, StringComparison.Ordinal);
        Assert.Contains($"{day.ToString("MMMM yyyy", Indonesian)} · waktu WITA", month, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeOffOverMidnight_IsShownOnEachDayItTouches_WithItsHours()
    {
        var (caregiverApi, _) = await app.NewBookableCaregiverAsync();
        var day = DateOnly.FromDateTime(Next(DayOfWeek.Monday, 9).DateTime);
        (await caregiverApi.PutAsJsonAsync("/api/v1/caregivers/me/availability", new
        {
            timeZone = "Asia/Makassar",
            weekly = Enum.GetNames<DayOfWeek>().Select(d => new { day = d.ToLowerInvariant(), start = "07:00", end = "19:00" }),
            timeOff = new[] { new { from = $"{day:yyyy-MM-dd}T13:00:00+08:00", to = $"{day.AddDays(1):yyyy-MM-dd}T10:00:00+08:00" } },
        })).EnsureSuccessStatusCode();
        var caregiver = await app.OnPagesAsync(caregiverApi);

        var week = await PageAsync(caregiver, $"/caregiver/schedule?week={day:yyyy-MM-dd}");

        Assert.Contains("Libur 13.00–24.00", week, StringComparison.Ordinal);
        Assert.Contains("Libur 00.00–10.00", week, StringComparison.Ordinal);
        Assert.Equal(2, TimeOffCards().Count(week));
    }

    [Fact]
    public async Task AFamilysCalendar_ShowsItsVisitsWithWhoGivesThem_AndTodayIsMarkedOnce()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (familyApi, recipientId) = await app.NewFamilyAsync();
        var visit = Next(DayOfWeek.Thursday, 10);
        var bookingId = await familyApi.BookAsync(caregiverId, recipientId, visit, hours: 3);
        var family = await app.OnPagesAsync(familyApi);

        var week = await PageAsync(family, $"/bookings/calendar?week={visit:yyyy-MM-dd}");
        var today = await PageAsync(family, "/bookings/calendar");

        Assert.Matches($"<a href=\"/bookings/{bookingId}\">10.00–13.00 · Hj. Sitti Rahmah · [^<]+</a>", week);
        Assert.Equal(1, TodayCells().Count(today));
        Assert.DoesNotContain("aria-current", week, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/caregiver/schedule?month=2026-13")]
    [InlineData("/caregiver/schedule?month=1999-12")]
    [InlineData("/caregiver/schedule?week=kemarin")]
    [InlineData("/caregiver/schedule?week=9999-12-31")]
    public async Task APeriodThatCannotBeShown_SaysSo_AndShowsTheCurrentOne(string path)
    {
        var caregiver = await app.OnPagesAsync((await app.NewBookableCaregiverAsync()).Client);

        var response = await caregiver.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"period-refused\"", html, StringComparison.Ordinal);
        Assert.Equal(1, TodayCells().Count(html));
    }

    [Fact]
    public async Task TheFirstMonthShown_HasNoLinkToTheMonthBefore()
    {
        var caregiver = await app.OnPagesAsync((await app.NewBookableCaregiverAsync()).Client);

        var html = await PageAsync(caregiver, "/caregiver/schedule?month=2000-02");

        Assert.DoesNotContain("data-testid=\"previous-period\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/caregiver/schedule?month=2000-03\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBookingsList_ShowsAWeeklySeriesUnderItsNextVisit_NotItsFirstOnceThatIsOver()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (familyApi, recipientId) = await app.NewFamilyAsync();
        var first = Next(DayOfWeek.Monday, 9);
        (await familyApi.RequestHomeCareAsync(caregiverId, recipientId, first, hours: 1, repeatWeekly: new { days = Mondays, weeks = 3 }))
            .EnsureSuccessStatusCode();
        var family = await app.OnPagesAsync(familyApi);

        var before = await PageAsync(family, "/bookings");
        string after;
        using (app.Clock.TravelTo(first.AddDays(1)))
        {
            after = await PageAsync(family, "/bookings");
        }

        Assert.Contains(first.ToString("d MMMM yyyy", Indonesian), ListedVisit().Match(before).Value, StringComparison.Ordinal);
        Assert.Contains(first.AddDays(7).ToString("d MMMM yyyy", Indonesian), ListedVisit().Match(after).Value, StringComparison.Ordinal);
    }

    /// <summary>The page's HTML with its character references read, as a browser shows it ("·" is written <c>&amp;#xB7;</c>).</summary>
    private static async Task<string> PageAsync(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    [GeneratedRegex("<th scope=\"col\">")]
    private static partial Regex HeaderCells();

    [GeneratedRegex("aria-current=\"date\"")]
    private static partial Regex TodayCells();

    [GeneratedRegex("data-testid=\"time-off\"")]
    private static partial Regex TimeOffCards();

    [GeneratedRegex("data-testid=\"listed-visit\">[^<]+<")]
    private static partial Regex ListedVisit();
}

public sealed class CalendarPageOnSqlite(SqliteAppFactory app) : CalendarPageTests<SqliteAppFactory>(app);

public sealed class CalendarPageOnPostgres(PostgresAppFactory app) : CalendarPageTests<PostgresAppFactory>(app);
