using System.Net;
using System.Net.Http.Json;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;

namespace Marketplace.IntegrationTests.Caregivers;

/// <summary>PUT and GET /api/v1/caregivers/me/availability, on each database provider.</summary>
public abstract class AvailabilityTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private static readonly DateTimeOffset NextMonth = TestBookings.Next(DayOfWeek.Monday, 9).AddDays(28);

    [Fact]
    public async Task ACaregiver_SetsTheirWeek_AndReadsItBackInLocalTime()
    {
        var caregiver = await app.NewAccountAsync("caregiver");

        var saved = await caregiver.PutAsJsonAsync("/api/v1/caregivers/me/availability", new
        {
            timeZone = "Asia/Jayapura",
            weekly = new[] { new { day = "friday", start = "13:00", end = "17:00" }, new { day = "monday", start = "08:00", end = "12:00" } },
            timeOff = new[] { new { from = NextMonth, to = NextMonth.AddDays(3) } },
        });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var read = await (await caregiver.GetAsync("/api/v1/caregivers/me/availability")).ReadJsonAsync();
        Assert.Equal("Asia/Jayapura", read.GetProperty("timeZone").GetString());
        var weekly = read.GetProperty("weekly");
        Assert.Equal(2, weekly.GetArrayLength());
        Assert.Equal("monday", weekly[0].GetProperty("day").GetString());
        Assert.Equal("08:00:00", weekly[0].GetProperty("start").GetString());
        Assert.Equal(NextMonth.AddDays(3).UtcTicks / TimeSpan.TicksPerSecond,
            read.GetProperty("timeOff")[0].GetProperty("to").GetDateTimeOffset().UtcTicks / TimeSpan.TicksPerSecond);
    }

    [Theory]
    [InlineData("""{"timeZone":"Asia/Singapore","weekly":[],"timeOff":[]}""", "timeZone")]
    [InlineData("""{"timeZone":"Asia/Makassar","weekly":[{"day":"monday","start":"08:00","end":"12:00"},{"day":"monday","start":"11:00","end":"14:00"}],"timeOff":[]}""", "weekly")]
    [InlineData("""{"timeZone":"Asia/Makassar","weekly":[{"day":"monday","start":"12:00","end":"08:00"}],"timeOff":[]}""", "weekly[0].end")]
    [InlineData("""{"timeZone":"Asia/Makassar","weekly":[{"day":"someday","start":"08:00","end":"12:00"}],"timeOff":[]}""", "weekly[0].day")]
    [InlineData("""{"timeZone":"Asia/Makassar","weekly":[],"timeOff":[{"from":"2020-01-02T00:00:00+08:00","to":"2020-01-01T00:00:00+08:00"}]}""", "timeOff[0].to")]
    public async Task ABadWeek_IsRefusedNamingTheField(string body, string field)
    {
        var caregiver = await app.NewAccountAsync("caregiver");

        var response = await caregiver.PutAsync("/api/v1/caregivers/me/availability",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await HasError(response, field);
    }

    [Fact]
    public async Task AFamily_HasNoAvailabilityToSet()
    {
        var family = await app.NewAccountAsync("family");

        var response = await family.PutAsJsonAsync("/api/v1/caregivers/me/availability", new { timeZone = "Asia/Makassar", weekly = Array.Empty<object>(), timeOff = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class AvailabilityOnSqlite(SqliteAppFactory app) : AvailabilityTests<SqliteAppFactory>(app);

public sealed class AvailabilityOnPostgres(PostgresAppFactory app) : AvailabilityTests<PostgresAppFactory>(app);
