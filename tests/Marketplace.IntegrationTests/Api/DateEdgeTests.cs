using System.Net;
using System.Net.Http.Json;
using System.Text;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Api;

/// <summary>
/// Dates at the edge of their type (year 1, year 9999) and beyond the booking horizon (12 months): each is
/// refused at the boundary, naming the field, before any sum of dates could overflow.
/// </summary>
public abstract class DateEdgeTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Theory]
    [InlineData("9999-12-31T20:00:00+08:00", 12, null)]
    [InlineData("9999-12-20T09:00:00+08:00", 2, 4)]
    [InlineData("2999-06-03T09:00:00+08:00", 1, null)]
    [InlineData("0001-01-01T09:00:00+08:00", 1, null)]
    public async Task AVisitAtTheEdgeOfTime_IsRefusedNamingItsStart(string start, int hours, int? weeks)
    {
        var (family, recipientId) = await app.NewFamilyAsync();
        object? repeat = weeks is { } w ? new { days = new[] { "monday" }, weeks = w } : null;

        var response = await family.PostJsonAsync("/api/v1/bookings", new { kind = "homeCare", caregiverId = Guid.NewGuid(), recipientId, start, hours, repeatWeekly = repeat });

        await HasError(response, "start");
    }

    [Fact]
    public async Task AVisitBeyondTheHorizon_IsRefusedSayingHowFarAheadCareCanBeBooked()
    {
        var (family, recipientId) = await app.NewFamilyAsync();

        var response = await family.RequestHomeCareAsync(Guid.NewGuid(), recipientId, Next(DayOfWeek.Monday, 9).AddMonths(13));

        await HasError(response, "start");
        Assert.Contains("at most 12 months ahead", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWeeklySeriesWhoseLastVisitPassesTheHorizon_IsRefused_AndNothingIsBooked()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var first = Next(DayOfWeek.Monday, 9).AddDays(7 * 50);

        var response = await family.RequestHomeCareAsync(caregiverId, recipientId, first, repeatWeekly: new { days = Array.Empty<string>(), weeks = 6 });

        await HasConflict(response, "further ahead than care can be booked");
        Assert.Equal(0, (await (await family.GetAsync("/api/v1/bookings")).ReadJsonAsync()).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("9999-12-31T09:00:00%2B08:00")]
    [InlineData("2020-01-01T09:00:00%2B08:00")]
    public async Task ASearchForAVisitInThePastOrAtTheEndOfTime_IsRefusedNamingIt(string availableAt)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/search/caregivers?lat=-5.1477&lon=119.4327&availableAt={availableAt}&hours=2");

        await HasError(response, "availableAt");
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2020-01-01")]
    public async Task AServicesSearchOnAPastOrImpossibleDate_IsRefusedNamingIt(string date)
    {
        await HasError(await app.CreateClient().GetAsync($"/api/v1/search/services?kind=daycare&lat=-5.1477&lon=119.4327&date={date}"), "date");
    }

    [Theory]
    [InlineData("""{"from":"2027-01-01T00:00:00+08:00","to":"9999-12-31T23:59:59+08:00"}""", "timeOff[0].to")]
    [InlineData("""{"from":"0001-01-01T00:00:00+00:00","to":"2027-01-03T00:00:00+08:00"}""", "timeOff[0].from")]
    public async Task TimeOffAtTheEdgeOfTime_IsRefusedNamingIt(string period, string field)
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var body = $$"""{"timeZone":"Asia/Makassar","weekly":[],"timeOff":[{{period}}]}""";

        await HasError(await caregiver.PutAsync("/api/v1/caregivers/me/availability", new StringContent(body, Encoding.UTF8, "application/json")), field);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2099-01-01")]
    public async Task AClinicStopAtTheEndOfTimeOrBeyondTheHorizon_IsRefusedNamingItsDate(string date)
    {
        var (owner, listingId, _) = await app.NewClinicSlotAsync(capacityPerSlot: 2);

        var response = await owner.PostJsonAsync($"/api/v1/listings/{listingId}/stops", new
        {
            placeName = "Balai Desa", point = new { lat = -4.985, lon = 119.546 }, date, start = "08:00", end = "09:00", slotMinutes = 30, capacityPerSlot = 2,
        });

        await HasError(response, "date");
    }

    [Fact]
    public async Task DaycareDaysAtTheEndOfTime_AreRefusedNamingTheDay()
    {
        var (_, listingId) = await app.NewDaycareAsync(placesPerDay: 2);
        var (family, childId) = await app.NewFamilyAsync(TestListings.Child());

        await HasError(await family.BookDaycareAsync(listingId, childId, new DateOnly(9999, 12, 31)), "dates[0]");
    }

    [Fact]
    public async Task MovingAVisitToTheEndOfTime_IsRefusedNamingTheStart()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var id = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Tuesday, 9));
        var visitId = (await (await family.GetAsync($"/api/v1/bookings/{id}")).ReadJsonAsync()).GetProperty("visits")[0].GetProperty("id").GetGuid();

        await HasError(await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/visits/{visitId}/move", new { start = "9999-12-31T20:00:00+08:00" }), "start");
    }

    [Theory]
    [InlineData("9999-12-31", "expiresOn")]
    [InlineData("0001-01-01", "issuedOn")]
    public async Task ACertificateDatedAtTheEdgeOfTime_IsRefusedNamingTheDate(string date, string field)
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var issuedOn = field == "issuedOn" ? date : today.AddYears(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var expiresOn = field == "expiresOn" ? date : today.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await caregiver.PostJsonAsync("/api/v1/caregivers/me/certificates", new { title = "BNSP", number = "1", issuer = "LSP", issuedOn, expiresOn });

        await HasError(response, field);
    }

    [Fact]
    public async Task ABookingListFromYearOne_IsRefusedNamingTheFilter()
    {
        var family = await app.NewAccountAsync("family");

        await HasError(await family.GetAsync("/api/v1/bookings?from=0001-01-01T00:00:00Z"), "from");
    }

    [Fact]
    public async Task TheAvailabilityPage_WithTimeOffToTheLastDayOfTime_AnswersWithAMessage()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var pages = await app.OnPagesAsync(caregiver);

        var response = await pages.PostFormAsync("/caregiver/availability", "/caregiver/availability", new()
        {
            ["TimeZone"] = "Asia/Makassar", ["TimeOff[0].From"] = "2027-01-01", ["TimeOff[0].To"] = "9999-12-31",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?Place=-5.1477,119.4327&VisitDate=0001-01-01&VisitTime=09:00&VisitHours=2", HttpStatusCode.BadRequest)]
    [InlineData("/search?Place=-5.1477,119.4327&VisitDate=2020-01-01&VisitTime=09:00&VisitHours=2", HttpStatusCode.BadRequest)]
    [InlineData("/search/services?Place=-5.1477,119.4327&Date=9999-12-31", HttpStatusCode.BadRequest)]
    public async Task ASearchPageForAnImpossibleDay_SaysSoWith400(string search, HttpStatusCode expected)
    {
        Assert.Equal(expected, (await app.CreateClient().GetAsync(search)).StatusCode);
    }

    [Fact]
    public async Task TheScheduleAndEarningsPages_ForAWeekOrMonthAtTheEndOfTime_ShowTheirDefaultPeriod()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var pages = await app.OnPagesAsync(caregiver);

        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/caregiver/schedule?week=9999-12-31")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/caregiver/schedule?month=0001-01")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/earnings?until=0001-01")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/earnings?until=9999-12")).StatusCode);
    }

    [Fact]
    public async Task TheBookingPage_ForADayAtTheEndOfTime_AnswersWithAMessage()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var pages = await app.OnPagesAsync(family);

        var response = await pages.PostFormAsync($"/bookings/new?caregiverId={caregiverId}", "/bookings/new", new()
        {
            ["CaregiverId"] = caregiverId.ToString(), ["RecipientId"] = recipientId.ToString(), ["Date"] = "9999-12-31", ["Time"] = "20:00", ["Hours"] = "12",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

public sealed class DateEdgeOnSqlite(SqliteAppFactory app) : DateEdgeTests<SqliteAppFactory>(app);

public sealed class DateEdgeOnPostgres(PostgresAppFactory app) : DateEdgeTests<PostgresAppFactory>(app);
