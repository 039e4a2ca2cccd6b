using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.IntegrationTests.Payments.MoneyPath;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Caregivers;

/// <summary>
/// Time off over booked visits: the caregiver sees which visits it falls on and chooses to cancel them (the family pays
/// nothing and is told) or keep working them; through the API (kept by default, as before the choice existed) and on the
/// availability page, which saves nothing until the choice is made.
/// </summary>
public abstract class TimeOffOverVisitsTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task TheApi_KeepsTheVisitsByDefault_RefusesWhenAskedToAsk_AndCancelsThemWhenAskedTo()
    {
        var booking = await app.AcceptedWeeklyAsync();
        var (caregiver, _, family, _, id, start) = booking;
        await family.ConfirmOfflineAsync(id);
        var dayOff = TimeOffOn(start);

        await HasConflict(await caregiver.PutAsJsonAsync("/api/v1/caregivers/me/availability", Week(dayOff, "ask")), "1 booked visit");
        Assert.Empty((await (await caregiver.GetAsync("/api/v1/caregivers/me/availability")).ReadJsonAsync()).GetProperty("timeOff").EnumerateArray());

        var kept = await (await caregiver.PutAsJsonAsync("/api/v1/caregivers/me/availability", Week(dayOff, bookedVisits: null))).ReadJsonAsync();
        var listed = Assert.Single(kept.GetProperty("visitsInTimeOff").EnumerateArray());
        Assert.Equal((id, "Sitti", start), (listed.GetProperty("bookingId").GetGuid(), listed.GetProperty("recipientFirstName").GetString(), listed.GetProperty("start").GetDateTimeOffset()));
        Assert.Equal("scheduled", (await BookingAsync(family, id)).GetProperty("visits")[0].GetProperty("status").GetString());

        // The same time off saved again asks nothing: its visits were kept on purpose. A day more falls on the next visit.
        (await caregiver.PutAsJsonAsync("/api/v1/caregivers/me/availability", Week(dayOff, "ask"))).EnsureSuccessStatusCode();
        var cancelled = await caregiver.PutAsJsonAsync("/api/v1/caregivers/me/availability", Week(dayOff, "cancel", TimeOffOn(start.AddDays(7))));

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Single((await cancelled.ReadJsonAsync()).GetProperty("visitsInTimeOff").EnumerateArray());
        var after = await BookingAsync(family, id);
        Assert.Equal(("confirmed", "cancelled", "provider"), (after.GetProperty("status").GetString(), after.GetProperty("visits")[1].GetProperty("status").GetString(),
            after.GetProperty("visits")[1].GetProperty("cancellation").GetProperty("by").GetString()));
        Assert.Equal((0, 0, 0, 0), await app.BalancesAsync(booking));
        await app.EmailToAsync(await family.EmailOfAsync(), "membatalkan kunjungan");
    }

    [Fact]
    public async Task ThePage_ListsTheVisitsNewTimeOffFallsOn_SavesNothingUntilTheCaregiverChooses_ThenCancelsThem()
    {
        var booking = await app.AcceptedWeeklyAsync();
        var (caregiver, _, family, _, id, start) = booking;
        await family.ConfirmOfflineAsync(id);
        var pages = await app.OnPagesAsync(caregiver);
        var form = new Dictionary<string, string>
        {
            ["TimeZone"] = "Asia/Makassar",
            ["Weekly[0].Day"] = "Tuesday", ["Weekly[0].Start"] = "07:00", ["Weekly[0].End"] = "19:00",
            ["TimeOff[0].From"] = Day(start), ["TimeOff[0].To"] = Day(start),
        };

        var asked = await pages.PostFormAsync("/caregiver/availability", "/caregiver/availability", form);

        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
        var html = WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync());
        Assert.Contains($"href=\"/bookings/{id}\"", html, StringComparison.Ordinal);
        Assert.Contains(" · Sitti</a>", html, StringComparison.Ordinal);
        Assert.Contains("09.00–11.00 WITA", html, StringComparison.Ordinal);
        Assert.Contains("name=\"BookedVisits\" value=\"Cancel\"", html, StringComparison.Ordinal);
        Assert.Empty((await (await caregiver.GetAsync("/api/v1/caregivers/me/availability")).ReadJsonAsync()).GetProperty("timeOff").EnumerateArray());

        var chosen = await pages.PostFormAsync("/caregiver/availability", "/caregiver/availability", new(form) { ["BookedVisits"] = "Cancel" });

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var after = await BookingAsync(family, id);
        Assert.Equal(("cancelled", "scheduled"), (after.GetProperty("visits")[0].GetProperty("status").GetString(), after.GetProperty("visits")[1].GetProperty("status").GetString()));
        Assert.Single((await (await caregiver.GetAsync("/api/v1/caregivers/me/availability")).ReadJsonAsync()).GetProperty("timeOff").EnumerateArray());
    }

    [Fact]
    public async Task ThePage_KeepingTheVisits_SavesTheTimeOff_AndListsThemAfterwards()
    {
        var booking = await app.AcceptedWeeklyAsync();
        var (caregiver, _, family, _, id, start) = booking;
        var pages = await app.OnPagesAsync(caregiver);
        var form = new Dictionary<string, string>
        {
            ["TimeZone"] = "Asia/Makassar",
            ["Weekly[0].Day"] = "Tuesday", ["Weekly[0].Start"] = "07:00", ["Weekly[0].End"] = "19:00",
            ["TimeOff[0].From"] = Day(start), ["TimeOff[0].To"] = Day(start),
            ["BookedVisits"] = "Keep",
        };

        Assert.Equal(HttpStatusCode.Redirect, (await pages.PostFormAsync("/caregiver/availability", "/caregiver/availability", form)).StatusCode);

        var page = await pages.GetStringAsync("/caregiver/availability");
        Assert.Contains("data-testid=\"visits-in-time-off\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/bookings/{id}\"", page, StringComparison.Ordinal);
        Assert.Equal("accepted", (await BookingAsync(family, id)).GetProperty("status").GetString());
    }

    private static string Day(DateTimeOffset start) => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The whole local day of <paramref name="start"/>, as time off.</summary>
    private static object TimeOffOn(DateTimeOffset start) =>
        new { from = Iso(new DateTimeOffset(start.Date, start.Offset)), to = Iso(new DateTimeOffset(start.Date.AddDays(1), start.Offset)) };

    /// <summary>Every day from 07:00 to 19:00, the time off given, and the choice about booked visits (left out when null).</summary>
    private static Dictionary<string, object> Week(object timeOff, string? bookedVisits, params object[] more)
    {
        var body = new Dictionary<string, object>
        {
            ["timeZone"] = "Asia/Makassar",
            ["weekly"] = Enum.GetNames<DayOfWeek>().Select(day => new { day = day.ToLowerInvariant(), start = "07:00", end = "19:00" }),
            ["timeOff"] = new[] { timeOff }.Concat(more),
        };
        if (bookedVisits is not null)
        {
            body["bookedVisits"] = bookedVisits;
        }

        return body;
    }
}

public sealed class TimeOffOverVisitsOnSqlite(SqliteAppFactory app) : TimeOffOverVisitsTests<SqliteAppFactory>(app);

public sealed class TimeOffOverVisitsOnPostgres(PostgresAppFactory app) : TimeOffOverVisitsTests<PostgresAppFactory>(app);
