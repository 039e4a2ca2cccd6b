using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;

namespace Marketplace.IntegrationTests.Search;

/// <summary>GET /api/v1/search/caregivers, kept in step with the database by the outbox, on each provider.</summary>
public abstract class CaregiverSearchApiTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    // Near the point of TestCaregivers.CompleteProfile (Gowa).
    private const string Near = "lat=-5.2031&lon=119.4581&radiusKm=2";

    [Fact]
    public async Task AVerifiedCaregiver_BecomesFindable_AndARateChangeFollows()
    {
        var (caregiver, id) = await app.NewVerifiedCaregiverAsync();
        var search = app.CreateClient();

        await EventuallyAsync(async () => Ids(await GetAsync(search, $"{Near}&skills=elder-care&languages=mak")).Contains(id));

        var profile = JsonSerializer.SerializeToNode(TestCaregivers.CompleteProfile)!;
        profile["hourlyRateIdr"] = 250_000;
        (await caregiver.PutAsJsonAsync("/api/v1/caregivers/me", profile)).EnsureSuccessStatusCode();

        await EventuallyAsync(async () => !Ids(await GetAsync(search, $"{Near}&maxRateIdr=100000")).Contains(id));
        var hit = (await GetAsync(search, $"{Near}&maxRateIdr=300000")).GetProperty("items").EnumerateArray().First(h => h.GetProperty("id").GetGuid() == id);
        Assert.Equal(250_000, hit.GetProperty("hourlyRateIdr").GetInt64());

        // Searched from the home itself, the caregiver is 300-600 m away: search measures from their public point, to the half kilometre.
        Assert.Equal(0.5, hit.GetProperty("distanceKm").GetDouble());
    }

    [Fact]
    public async Task ACaregiver_IsFoundOnlyWhereTheirServiceRadiusReaches()
    {
        var (_, id) = await app.NewVerifiedCaregiverAsync();
        var search = app.CreateClient();

        // TestCaregivers travel 8 km from Gowa; this point is about 15 km north, inside the family's 25 km.
        await EventuallyAsync(async () => Ids(await GetAsync(search, Near)).Contains(id));
        Assert.DoesNotContain(id, Ids(await GetAsync(search, "lat=-5.0680&lon=119.4580&radiusKm=25")));
    }

    [Fact]
    public async Task AnUnverifiedCaregiver_IsFoundOnlyWhenAskedFor()
    {
        var (_, id) = await app.NewVerifiableCaregiverAsync();
        var search = app.CreateClient();

        await EventuallyAsync(async () => Ids(await GetAsync(search, $"{Near}&verifiedOnly=false")).Contains(id));
        Assert.DoesNotContain(id, Ids(await GetAsync(search, Near)));
    }

    [Fact]
    public async Task FacetsCountEveryMatch()
    {
        await app.NewVerifiedCaregiverAsync();
        var search = app.CreateClient();

        var result = await EventuallyAsync(async () =>
        {
            var found = await GetAsync(search, Near);
            return found.GetProperty("total").GetInt32() > 0 ? found : (JsonElement?)null;
        });

        var total = result.GetProperty("total").GetInt32();
        Assert.Equal(total, result.GetProperty("facets").GetProperty("skills").GetProperty("elder-care").GetInt32());
    }

    [Fact]
    public async Task AvailableAt_FindsOnlyCaregiversWhoseWeekHoldsTheVisit()
    {
        var (caregiver, id) = await app.NewVerifiedCaregiverAsync();
        (await caregiver.PutAsJsonAsync("/api/v1/caregivers/me/availability", new
        {
            timeZone = "Asia/Makassar",
            weekly = new[] { new { day = "tuesday", start = "08:00", end = "12:00" } },
            timeOff = Array.Empty<object>(),
        })).EnsureSuccessStatusCode();
        var search = app.CreateClient();
        var tuesday = NextTuesday();

        await EventuallyAsync(async () => Ids(await GetAsync(search, $"{Near}&availableAt={Uri.EscapeDataString(tuesday + "T09:00:00+08:00")}&hours=3")).Contains(id));
        Assert.DoesNotContain(id, Ids(await GetAsync(search, $"{Near}&availableAt={Uri.EscapeDataString(tuesday + "T10:00:00+08:00")}&hours=3")));
        Assert.DoesNotContain(id, Ids(await GetAsync(search, $"{Near}&availableAt={Uri.EscapeDataString(tuesday + "T09:00:00+07:00")}&hours=3")));
    }

    [Fact]
    public async Task ABookedVisit_TakesTheCaregiverOutOfThoseHours_AndADeclineGivesThemBack()
    {
        var (caregiver, id) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var search = app.CreateClient();
        var tuesday = TestBookings.Next(DayOfWeek.Tuesday, 9);
        string FreeAt(DateTimeOffset start, int hours) => $"{Near}&availableAt={Uri.EscapeDataString(TestBookings.Iso(start))}&hours={hours}";
        await EventuallyAsync(async () => Ids(await GetAsync(search, FreeAt(tuesday, 2))).Contains(id));

        var booking = await family.BookAsync(id, recipientId, tuesday);

        await EventuallyAsync(async () => !Ids(await GetAsync(search, FreeAt(tuesday.AddHours(1), 2))).Contains(id));
        Assert.Contains(id, Ids(await GetAsync(search, FreeAt(tuesday.AddHours(2), 2))));
        (await caregiver.PostAsync($"/api/v1/bookings/{booking}/decline", null)).EnsureSuccessStatusCode();
        await EventuallyAsync(async () => Ids(await GetAsync(search, FreeAt(tuesday, 2))).Contains(id));
    }

    [Theory]
    [InlineData("lat=-5.2&lon=119.4&hours=2", "availableAt")]
    [InlineData("lat=-5.2&lon=119.4&availableAt=2026-12-01T09:00:00%2B08:00", "hours")]
    [InlineData("lat=-5.2&lon=119.4&availableAt=2026-12-01T09:00:00%2B08:00&hours=13", "hours")]
    [InlineData("lat=-5.2&lon=119.4&radiusKm=0", "radiusKm")]
    [InlineData("lat=-5.2&lon=119.4&radiusKm=101", "radiusKm")]
    [InlineData("lat=48.85&lon=2.35", "lat")]
    [InlineData("lon=119.4", "lat")]
    [InlineData("lat=-5.2&lon=119.4&skills=flying", "skills[0]")]
    [InlineData("lat=-5.2&lon=119.4&pageSize=101", "pageSize")]
    [InlineData("lat=-5.2&lon=119.4&q=%22perawat", "q")]
    [InlineData("lat=-5.2&lon=119.4&q=name:siti*", "q")]
    [InlineData("lat=-5.2&lon=119.4&q=(a OR b) AND c~2", "q")]
    [InlineData("lat=-5.2&lon=119.4&sort=cheapest", "sort")]
    public async Task BadSearches_AreRefusedNamingTheField(string parameters, string field)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/search/caregivers?{parameters}");

        await HasError(response, field);
    }

    private static string NextTuesday()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return today.AddDays(7 + (((int)DayOfWeek.Tuesday - (int)today.DayOfWeek + 7) % 7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string parameters)
    {
        var response = await client.GetAsync($"/api/v1/search/caregivers?{parameters}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private static List<Guid> Ids(JsonElement result) =>
        [.. result.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("id").GetGuid())];

    private static Task<JsonElement> EventuallyAsync(Func<Task<bool>> condition) =>
        EventuallyAsync(async () => await condition() ? (JsonElement?)default(JsonElement) : null);

    /// <summary>Index updates arrive through the outbox after the commit, so they are awaited (up to 15 s).</summary>
    private static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement?>> probe)
    {
        JsonElement? found = null;
        await Eventually.TrueAsync(async () => (found = await probe()) is not null, "the search index did not catch up");
        return found!.Value;
    }
}

public sealed class CaregiverSearchOnSqlite(SqliteAppFactory app) : CaregiverSearchApiTests<SqliteAppFactory>(app);

public sealed class CaregiverSearchOnPostgres(PostgresAppFactory app) : CaregiverSearchApiTests<PostgresAppFactory>(app);
