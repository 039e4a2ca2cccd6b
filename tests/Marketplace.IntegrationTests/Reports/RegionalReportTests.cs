using System.Net;
using System.Text.Json;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.RegionalReportData;

namespace Marketplace.IntegrationTests.Reports;

/// <summary>
/// The regional report's figures equal the totals worked out by hand over <see cref="RegionalReportData"/> (March and April
/// 2025), for a district, its regency and the province, on each database; and it answers only admins and programme staff.
/// </summary>
public abstract class RegionalReportTests<TFactory>(RegionalReportApp<TFactory> fixture) : IClassFixture<RegionalReportApp<TFactory>>
    where TFactory : MarketplaceAppFactory, new()
{
    private const string Period = "from=2025-03-01&to=2025-04-30";

    private readonly TFactory _app = fixture.App;

    private HttpClient Reader => fixture.Reader;

    [Fact]
    public async Task TheRegency_CountsTheCareGivenToItsPeople_AsWorkedOutByHand()
    {
        var report = await ReportAsync("73.71");

        // Home visits given: B1 on 10 Mar (2 h) and 30 Apr at 23:30 (2 h, still 30 Apr in WITA), B3 on 1 Mar at 00:30 (3 h,
        // 28 Feb in UTC). Not B2 (1 May 00:30), B4 (no-show), B5 (cancelled), B6 (Gowa) nor B7 (never checked out).
        Assert.Equal(3, report.GetProperty("homeVisits").GetInt32());
        Assert.Equal(2 + 2 + 3, report.GetProperty("careHours").GetDecimal());

        // B8's three confirmed days; B9's day was never confirmed. B10's free slot.
        Assert.Equal(3, report.GetProperty("daycareDays").GetInt32());
        Assert.Equal(1, report.GetProperty("clinicAppointments").GetInt32());

        // F1 and F2 (F4 only cancelled); R1 elder, R2 with a disability, R3 child; C1 (B1) and C2 (B3).
        Assert.Equal(2, report.GetProperty("familiesServed").GetInt32());
        Assert.Equal(Kinds(1, 1, 1), Kinds(report));
        Assert.Equal(2, report.GetProperty("caregiversActive").GetInt32());

        // B1's 5 and B8's 3; B3's 1 is hidden, B6's is in Gowa: (5 + 3) / 2.
        Assert.Equal(2, report.GetProperty("reviewCount").GetInt32());
        Assert.Equal(4.0, report.GetProperty("meanRating").GetDouble());

        // Filed in the period about Makassar's people: B4's (upheld) and B8's (open); B6's is in Gowa, B2's filed in May.
        Assert.Equal((2, 1), (report.GetProperty("complaints").GetInt32(), report.GetProperty("complaintsUpheld").GetInt32()));

        // Posted in the period: B1's first visit 2 h x 50.000 = 100.000, B3 3 h x 50.000 = 150.000 (half, 75.000, the sponsor's),
        // B4's no-show 100.000. B1's 30 Apr visit was checked out (and charged) on 1 May; daycare days post no charge.
        Assert.Equal(100_000 + 150_000 + 100_000, report.GetProperty("chargedIdr").GetInt64());
        Assert.Equal(75_000, report.GetProperty("sponsoredIdr").GetInt64());
        Assert.Equal(21.4m, report.GetProperty("sponsoredPercent").GetDecimal());

        // March: B1, B3 (2 + 3 h); B8's 3 and 4 Mar; B10; F1, F2. April: B1's 30 Apr; B8's 7 Apr; F1, F2.
        var months = report.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(["2025-03-01", "2025-04-01"], months.Select(m => m.GetProperty("month").GetString()));
        Assert.Equal((2, 2, 5m, 2, 1), Month(months[0]));
        Assert.Equal((2, 1, 2m, 1, 0), Month(months[1]));
    }

    [Fact]
    public async Task ADistrict_CountsOnlyItsOwnPeople_AndTheProvince_EveryRegencyInIt()
    {
        var tamalate = await ReportAsync(Tamalate);
        var province = await ReportAsync("73");
        var gowa = await ReportAsync("73.06");

        // Tamalate holds only F1 (and F4, cancelled): B1's two visits, B10's slot, B1's review and first charge.
        Assert.Equal((1, 2, 4m, 0, 1), Totals(tamalate));
        Assert.Equal(Kinds(1, 0, 0), Kinds(tamalate));
        Assert.Equal(1, tamalate.GetProperty("caregiversActive").GetInt32());
        Assert.Equal(5.0, tamalate.GetProperty("meanRating").GetDouble());
        Assert.Equal(100_000, tamalate.GetProperty("chargedIdr").GetInt64());
        Assert.Equal(0, tamalate.GetProperty("sponsoredIdr").GetInt64());

        // Gowa: B6 (4 h, C2, F3 and elder R4), its 2-star review, 4 h x 50.000.
        Assert.Equal((1, 1, 4m, 0, 0), Totals(gowa));
        Assert.Equal(200_000, gowa.GetProperty("chargedIdr").GetInt64());

        // The province is Makassar and Gowa together; C2 served both, so caregivers are counted once: C1, C2.
        Assert.Equal((3, 4, 11m, 3, 1), Totals(province));
        Assert.Equal(Kinds(2, 1, 1), Kinds(province));
        Assert.Equal(2, province.GetProperty("caregiversActive").GetInt32());
        Assert.Equal(3, province.GetProperty("reviewCount").GetInt32());
        Assert.Equal(3.33, province.GetProperty("meanRating").GetDouble());
        Assert.Equal((3, 1), (province.GetProperty("complaints").GetInt32(), province.GetProperty("complaintsUpheld").GetInt32()));
        Assert.Equal((1, 0), (gowa.GetProperty("complaints").GetInt32(), gowa.GetProperty("complaintsUpheld").GetInt32()));
        Assert.Equal(0, tamalate.GetProperty("complaints").GetInt32());
        Assert.Equal(550_000, province.GetProperty("chargedIdr").GetInt64());
    }

    [Fact]
    public async Task APeriodOfOneDay_HoldsTheCareThatStartedOnItsLocalDate()
    {
        // 30 Apr 23:30 WITA is 15:30 UTC: in. 1 May 00:30 WITA is 30 Apr 16:30 UTC: out.
        var lastDay = await ReportAsync(Tamalate, "from=2025-04-30&to=2025-04-30");
        var nextDay = await ReportAsync(Tamalate, "from=2025-05-01&to=2025-05-01");
        var firstDay = await ReportAsync("73.71.01", "from=2025-03-01&to=2025-03-01");

        Assert.Equal((1, 1, 2m, 0, 0), Totals(lastDay));
        Assert.Equal((1, 1, 1m, 0, 0), Totals(nextDay));
        Assert.Equal((1, 1, 3m, 0, 0), Totals(firstDay));
    }

    [Fact]
    public async Task ThePageAndItsCsv_ShowTheSameFigures()
    {
        var pages = await _app.SignInOnPagesAsync((await Reader.EmailOfAsync()), Accounts.Password);

        var page = await (await pages.GetAsync($"/admin/reports/regions?area=73.71&{Period}")).Content.ReadAsStringAsync();
        var csv = await pages.GetAsync($"/admin/reports/regions/73.71.csv?{Period}");

        Assert.Contains("Rp 350.000", page, StringComparison.Ordinal);
        Assert.Contains("Rp 75.000", page, StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(4, rows.Length);
        Assert.Equal("73.71,2025-03,2,2,5,2,1,,,,,,,,,,", rows[1]);
        Assert.Equal("73.71,2025-03-01/2025-04-30,2,3,7,3,1,1,1,1,2,2,4,2,1,350000,75000", rows[3]);
    }

    [Theory]
    [InlineData("73.71", "from=2025-04-30&to=2025-03-01", "to")]
    [InlineData("73.71", "from=2025-01-01&to=2026-01-02", "to")]
    [InlineData("73.71", "from=1900-01-01&to=2025-01-02", "from")]
    [InlineData("7x.71", Period, "areaCode")]
    public async Task AMalformedAreaOrPeriod_IsA400_NamingTheField(string area, string period, string field)
    {
        var response = await Reader.GetAsync($"/api/v1/admin/reports/regions/{area}?{period}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
    }

    [Fact]
    public async Task AnAreaCodeNoAreaHas_IsA404()
    {
        var response = await Reader.GetAsync($"/api/v1/admin/reports/regions/73.99?{Period}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AdminsAndProgrammeStaffReadIt_FamiliesCaregiversAndEnterprisesDoNot()
    {
        var url = $"/api/v1/admin/reports/regions/73.71?{Period}";

        Assert.Equal(HttpStatusCode.OK, (await (await _app.AdminAsync()).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Reader.GetAsync(url)).StatusCode);
        foreach (var role in new[] { "family", "caregiver", "enterprise" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.NewAccountAsync(role)).GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task AnAdminGrantsTheRoleByEmail_AndWithdrawsIt()
    {
        var admin = await _app.AdminAsync();
        var family = await _app.NewAccountAsync("family");
        var email = await family.EmailOfAsync();
        var url = $"/api/v1/admin/reports/regions/73.71?{Period}";

        var granted = await (await admin.PostJsonAsync("/api/v1/admin/programme-staff", new { email })).ReadJsonAsync();
        var signedInAgain = await _app.CreateClient().SignInAsync(email, Accounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await signedInAgain.GetAsync(url)).StatusCode);
        Assert.Contains(
            (await (await admin.GetAsync("/api/v1/admin/programme-staff")).ReadJsonAsync()).EnumerateArray(),
            member => member.GetProperty("email").GetString() == email);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/programme-staff/{granted.GetProperty("id").GetGuid()}")).StatusCode);
        var withdrawn = await _app.CreateClient().SignInAsync(email, Accounts.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await withdrawn.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync("/api/v1/admin/programme-staff", new { email = "nobody@contoh.id" })).StatusCode);
    }

    private async Task<JsonElement> ReportAsync(string area, string period = Period)
    {
        var response = await Reader.GetAsync($"/api/v1/admin/reports/regions/{area}?{period}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    /// <summary>Families served, home visits, hours, daycare days, clinic appointments of the whole period.</summary>
    private static (int, int, decimal, int, int) Totals(JsonElement report) => (
        report.GetProperty("familiesServed").GetInt32(), report.GetProperty("homeVisits").GetInt32(), report.GetProperty("careHours").GetDecimal(),
        report.GetProperty("daycareDays").GetInt32(), report.GetProperty("clinicAppointments").GetInt32());

    /// <summary>Families served, home visits, hours, daycare days, clinic appointments of one month.</summary>
    private static (int, int, decimal, int, int) Month(JsonElement month) => Totals(month);

    private static (int Elder, int Disability, int Child) Kinds(int elder, int disability, int child) => (elder, disability, child);

    private static (int Elder, int Disability, int Child) Kinds(JsonElement report)
    {
        var people = report.GetProperty("recipients");
        return (people.GetProperty("elder").GetInt32(), people.GetProperty("disability").GetInt32(), people.GetProperty("child").GetInt32());
    }
}

public sealed class RegionalReportOnSqlite(RegionalReportApp<SqliteAppFactory> fixture) : RegionalReportTests<SqliteAppFactory>(fixture);

public sealed class RegionalReportOnPostgres(RegionalReportApp<PostgresAppFactory> fixture) : RegionalReportTests<PostgresAppFactory>(fixture);

/// <summary>The app of one database provider holding <see cref="RegionalReportData"/>, and a programme officer signed in to it; made once for the test class.</summary>
public sealed class RegionalReportApp<TFactory> : IAsyncLifetime
    where TFactory : MarketplaceAppFactory, new()
{
    public TFactory App { get; } = new();

    public HttpClient Reader { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await SeedAsync(App);
        Reader = await App.CreateClient().SignInAsync(await App.NewProgrammeStaffAsync(), Accounts.Password);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
