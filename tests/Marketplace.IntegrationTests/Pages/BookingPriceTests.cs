using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Pages;

/// <summary>
/// The booking form tells the price before "Kirim permintaan": visits × hours × the caregiver's rate, by the rule the
/// booking is priced by, and the cancellation terms with their amounts. "Hitung harga" works it out again without
/// JavaScript and sends nothing.
/// </summary>
public abstract class BookingPriceTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task TheFormOpenedFromASearch_ShowsTheTotalAndTheTerms_BeforeAnythingIsSent()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (familyApi, _) = await app.NewFamilyAsync();
        var family = await app.OnPagesAsync(familyApi);

        var html = WebUtility.HtmlDecode(await family.GetStringAsync($"/bookings/new?caregiverId={caregiverId}&date={Day(Next(DayOfWeek.Thursday, 10))}&time=10:00&hours=3"));

        Assert.Equal("3 jam × Rp 60.000 = Rp 180.000", Shown(html, "visit-price"));
        Assert.Equal("1", Shown(html, "visits"));
        Assert.Equal("Rp 180.000", Shown(html, "total"));
        Assert.Contains("Pembatalan kurang dari 24 jam sebelum kunjungan dikenai 50% dari harga kunjungan itu: Rp 90.000 per kunjungan.", html, StringComparison.Ordinal);
        Assert.Contains("Sebelum Irmawati menerima permintaan ini, Anda dapat membatalkannya tanpa biaya.", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("data-testid=\"total\"", StringComparison.Ordinal) < html.IndexOf("data-testid=\"send\"", StringComparison.Ordinal),
            "the total is shown before the button that sends the request");
    }

    [Fact]
    public async Task WorkingOutTheRepeatedVisitsPrice_SendsNothing_AndTheBookingThenCostsWhatWasShown()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (familyApi, recipientId) = await app.NewFamilyAsync();
        var family = await app.OnPagesAsync(familyApi);
        var form = Form(caregiverId, recipientId, Next(DayOfWeek.Monday, 10));

        var priced = await PostAsync(family, caregiverId, [.. form, new("PriceOnly", "true")]);

        Assert.Equal(HttpStatusCode.OK, priced.StatusCode);
        var html = WebUtility.HtmlDecode(await priced.Content.ReadAsStringAsync());
        // Monday, Tuesday and Thursday, for two weeks: six visits of three hours at Rp 60.000.
        Assert.Equal("6", Shown(html, "visits"));
        Assert.Equal("Rp 1.080.000", Shown(html, "total"));
        Assert.Equal(0, (await (await familyApi.GetAsync("/api/v1/bookings")).ReadJsonAsync()).GetProperty("total").GetInt32());

        var sent = await PostAsync(family, caregiverId, form);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var booking = await (await familyApi.GetAsync($"/api/v1{sent.Headers.Location}")).ReadJsonAsync();
        Assert.Equal(1_080_000, booking.GetProperty("priceIdr").GetInt64());
        Assert.Equal(6, booking.GetProperty("visits").GetArrayLength());
    }

    [Fact]
    public async Task RepeatedVisitsWithoutADate_ArePricedPerVisit_WithoutAnError()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (familyApi, recipientId) = await app.NewFamilyAsync();
        var family = await app.OnPagesAsync(familyApi);
        var form = Form(caregiverId, recipientId, Next(DayOfWeek.Monday, 10)).Where(f => f.Key is not ("Date" or "Time"));

        var priced = await PostAsync(family, caregiverId, [.. form, new("PriceOnly", "true")]);

        Assert.Equal(HttpStatusCode.OK, priced.StatusCode);
        var html = WebUtility.HtmlDecode(await priced.Content.ReadAsStringAsync());
        Assert.Equal("3 jam × Rp 60.000 = Rp 180.000", Shown(html, "visit-price"));
        Assert.Contains("data-testid=\"total-unknown\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("validation-summary-errors", html, StringComparison.Ordinal);
    }

    /// <summary>Three-hour visits from <paramref name="start"/>, again on Tuesdays and Thursdays, for two weeks.</summary>
    private static List<KeyValuePair<string, string>> Form(Guid caregiverId, Guid recipientId, DateTimeOffset start) =>
    [
        new("CaregiverId", caregiverId.ToString()), new("RecipientId", recipientId.ToString()), new("Date", Day(start)), new("Time", "10:00"),
        new("Hours", "3"), new("Repeats", "true"), new("RepeatDays", "Tuesday"), new("RepeatDays", "Thursday"), new("Weeks", "2"),
    ];

    private static async Task<HttpResponseMessage> PostAsync(HttpClient family, Guid caregiverId, List<KeyValuePair<string, string>> fields)
    {
        var token = await family.AntiforgeryTokenAsync($"/bookings/new?caregiverId={caregiverId}");
        return await family.PostAsync("/bookings/new", new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    private static string Shown(string html, string testId) =>
        Regex.Match(html, $"data-testid=\"{testId}\">([^<]*)<") is { Success: true } match ? match.Groups[1].Value.Trim() : $"(no {testId})";

    private static string Day(DateTimeOffset start) => DateOnly.FromDateTime(start.DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class BookingPriceOnSqlite(SqliteAppFactory app) : BookingPriceTests<SqliteAppFactory>(app);

public sealed class BookingPriceOnPostgres(PostgresAppFactory app) : BookingPriceTests<PostgresAppFactory>(app);
