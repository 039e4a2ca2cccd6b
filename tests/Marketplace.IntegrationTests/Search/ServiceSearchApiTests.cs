using System.Globalization;
using System.Net;
using System.Text.Json;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Search;

/// <summary>GET /api/v1/search/services: daycares and clinic stops, kept in step with the database by the outbox.</summary>
public abstract class ServiceSearchApiTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    // The point of TestListings' daycare (Tamalanrea) and of its clinic stop (Bontoa).
    private const string NearDaycare = "kind=daycare&lat=-5.1322&lon=119.4894&radiusKm=3";
    private const string NearStop = "kind=mobileClinic&lat=-4.9851&lon=119.5461&radiusKm=3";

    [Fact]
    public async Task APublishedDaycare_IsFound_ByNeedAndOpeningDay_AndLeavesWhenPaused()
    {
        var (owner, listingId) = await app.NewDaycareAsync(placesPerDay: 4);
        var (_, draftId) = await app.NewDaycareAsync(placesPerDay: 4, publish: false);
        var search = app.CreateClient();
        var monday = Day(DayOfWeek.Monday);

        await EventuallyAsync(async () => Listings(await GetAsync(search, $"{NearDaycare}&needs=autism&date={monday}")).Contains(listingId));
        var found = await GetAsync(search, $"{NearDaycare}&needs=autism&date={monday}");
        Assert.DoesNotContain(draftId, Listings(found));
        Assert.True(found.GetProperty("items").EnumerateArray().First().GetProperty("distanceKm").GetDouble() < 0.1);
        Assert.DoesNotContain(listingId, Listings(await GetAsync(search, $"{NearDaycare}&date={Day(DayOfWeek.Sunday)}")));
        Assert.DoesNotContain(listingId, Listings(await GetAsync(search, $"{NearDaycare}&needs=down-syndrome")));

        (await owner.PostAsync($"/api/v1/listings/{listingId}/pause", null)).EnsureSuccessStatusCode();
        await EventuallyAsync(async () => !Listings(await GetAsync(search, NearDaycare)).Contains(listingId));
    }

    [Fact]
    public async Task AClinicStop_IsFoundOnItsDate_WithItsPlace()
    {
        var (_, listingId, _) = await app.NewClinicSlotAsync(capacityPerSlot: 2);
        var search = app.CreateClient();
        var stopDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await EventuallyAsync(async () => Listings(await GetAsync(search, $"{NearStop}&date={stopDate}")).Contains(listingId));
        var stop = (await GetAsync(search, $"{NearStop}&date={stopDate}")).GetProperty("items").EnumerateArray().First(h => h.GetProperty("listingId").GetGuid() == listingId);
        Assert.Equal("Balai Desa Bontoa", stop.GetProperty("placeName").GetString());
        Assert.Equal(JsonValueKind.String, stop.GetProperty("stopId").ValueKind);
        var dayAfter = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.DoesNotContain(listingId, Listings(await GetAsync(search, $"{NearStop}&date={dayAfter}")));
    }

    [Theory]
    [InlineData("kind=homeCare&lat=-5.2&lon=119.4", "kind")]
    [InlineData("kind=daycare&lon=119.4", "lat")]
    [InlineData("kind=daycare&lat=-5.2&lon=119.4&radiusKm=0", "radiusKm")]
    [InlineData("kind=daycare&lat=-5.2&lon=119.4&needs=flying", "needs[0]")]
    [InlineData("kind=daycare&lat=-5.2&lon=119.4&pageSize=101", "pageSize")]
    public async Task BadSearches_AreRefusedNamingTheField(string parameters, string field) =>
        await HasError(await app.CreateClient().GetAsync($"/api/v1/search/services?{parameters}"), field);

    private static string Day(DayOfWeek day) => DateOnly.FromDateTime(Next(day, 9).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> GetAsync(HttpClient client, string parameters)
    {
        var response = await client.GetAsync($"/api/v1/search/services?{parameters}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private static List<Guid> Listings(JsonElement result) =>
        [.. result.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("listingId").GetGuid())];

    /// <summary>Index updates arrive through the outbox after the commit, so they are awaited (up to 15 s).</summary>
    private static Task EventuallyAsync(Func<Task<bool>> condition) => Eventually.TrueAsync(condition, "the services index did not catch up");
}

public sealed class ServiceSearchOnSqlite(SqliteAppFactory app) : ServiceSearchApiTests<SqliteAppFactory>(app);

public sealed class ServiceSearchOnPostgres(PostgresAppFactory app) : ServiceSearchApiTests<PostgresAppFactory>(app);
