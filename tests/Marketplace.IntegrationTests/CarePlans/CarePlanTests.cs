using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Application.Families;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.CarePlans;

/// <summary>
/// The care manager writes a person's plan; visit logs and the family's own logs tick its tasks; its thresholds turn
/// what they record (pressures, falls), missed visits and complaints into alerts the care manager handles.
/// </summary>
public abstract class CarePlanTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private static readonly object Plan = new
    {
        goals = new[] { "Berjalan ke pagar depan tanpa bantuan" },
        tasks = new object[]
        {
            new { task = "mobility-exercise", timesPerWeek = 3, details = "10 menit dengan walker" },
            new { task = "medication-reminder", timesPerWeek = 7 },
        },
    };

    private static readonly string[] BothTasks = ["mobility-exercise", "medication-reminder"];
    private static readonly string[] Medication = ["medication-reminder"];
    private static readonly string[] Juggling = ["juggling"];

    [Fact]
    public async Task VisitsAndTheFamilysLogs_TickThePlan_AndWhatTheyRecord_AlertTheCareManager_MostUrgentFirst()
    {
        var (careManager, family, recipientId) = await ManagedFamilyAsync();
        Assert.Equal(HttpStatusCode.OK, (await careManager.PutAsJsonAsync($"/api/v1/recipients/{recipientId}/care-plan", Plan)).StatusCode);
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var monday = Next(DayOfWeek.Monday, 9);
        var bookingId = await ConfirmedAsync(family, caregiver, caregiverId, recipientId, monday);

        // 150/85 is beyond the default 140/90 limits' systolic: soon.
        await CheckOutAsync(caregiver, bookingId, monday, new
        {
            tasks = BothTasks, notes = "Jalan 10 menit.", vitals = new { systolicMmHg = 150, diastolicMmHg = 85 },
        });

        // That evening the family gives the medicine, measures 185/100 (a crisis: urgent) and she falls (urgent).
        using (app.Clock.TravelTo(monday.AddHours(11)))
        {
            var logged = await family.PostAsJsonAsync($"/api/v1/recipients/{recipientId}/care-log", new
            {
                day = Day(monday), tasks = Medication, systolicMmHg = 185, diastolicMmHg = 100, fell = true,
            });
            Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
            Assert.EndsWith($"/api/v1/recipients/{recipientId}/care-plan?week={Day(monday)}", logged.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var week = (await (await family.GetAsync($"/api/v1/recipients/{recipientId}/care-plan?week={Day(monday.AddDays(3))}")).ReadJsonAsync()).GetProperty("week");
        Assert.Equal(Day(monday), week.GetProperty("from").GetString());
        var progress = week.GetProperty("progress").EnumerateArray().ToDictionary(p => p.GetProperty("task").GetString()!);
        Assert.Equal((3, 1, 0), Counts(progress["mobility-exercise"]));
        Assert.Equal((7, 1, 1), Counts(progress["medication-reminder"]));
        Assert.Equal([2, 0, 0, 0, 0, 0, 0], progress["medication-reminder"].GetProperty("doneByDay").EnumerateArray().Select(d => d.GetInt32()));
        Assert.Equal(["caregiver", "family"], week.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("by").GetString()));

        var alerts = (await (await careManager.GetAsync("/api/v1/care-managers/me/alerts")).ReadJsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["urgent", "urgent", "soon"], alerts.Select(a => a.GetProperty("urgency").GetString()));
        Assert.Equal(["fall", "highBloodPressure"], alerts.Take(2).Select(a => a.GetProperty("kind").GetString()).Order());
        Assert.Equal("150/85", alerts[2].GetProperty("bloodPressure").GetString());
        Assert.Equal(bookingId, alerts[2].GetProperty("sourceId").GetGuid());

        var alertId = alerts[0].GetProperty("id").GetGuid();
        var handled = await careManager.PostAsJsonAsync($"/api/v1/care-managers/me/alerts/{alertId}/handle", new { action = "Menelepon keluarga; dibawa ke puskesmas." });
        Assert.Equal("handled", (await handled.ReadJsonAsync()).GetProperty("status").GetString());
        await HasConflict(await careManager.PostAsJsonAsync($"/api/v1/care-managers/me/alerts/{alertId}/handle", new { action = "Lagi." }), "handled already");
        Assert.Equal(2, (await (await careManager.GetAsync("/api/v1/care-managers/me/alerts?status=open")).ReadJsonAsync()).GetArrayLength());

        // Another care manager, the caregiver and the family cannot reach the alert.
        var (otherManager, _) = await app.NewCareManagerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.GetAsync($"/api/v1/care-managers/me/alerts/{alertId}")).StatusCode);
        Assert.Equal(0, (await (await otherManager.GetAsync("/api/v1/care-managers/me/alerts")).ReadJsonAsync()).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await caregiver.PostAsJsonAsync($"/api/v1/care-managers/me/alerts/{alertId}/handle", new { action = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await family.GetAsync("/api/v1/care-managers/me/alerts")).StatusCode);
    }

    [Fact]
    public async Task OnlyTheFamilysCareManager_WritesThePlan_WhichTheFamilyAndTheBookedCaregiverRead_AndEveryReadIsLogged()
    {
        var (careManager, family, recipientId) = await ManagedFamilyAsync();
        var path = $"/api/v1/recipients/{recipientId}/care-plan";
        var empty = await (await family.GetAsync(path)).ReadJsonAsync();
        Assert.False(empty.GetProperty("written").GetBoolean());
        Assert.Equal(140, empty.GetProperty("thresholds").GetProperty("systolicAtLeast").GetInt32());

        Assert.Equal(HttpStatusCode.Forbidden, (await family.PutAsJsonAsync(path, Plan)).StatusCode);
        var (stranger, _) = await app.NewCareManagerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync(path, Plan)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.NewFamilyAsync()).Client.GetAsync(path)).StatusCode);

        var written = await (await careManager.PutAsJsonAsync(path, Plan)).ReadJsonAsync();
        Assert.True(written.GetProperty("written").GetBoolean());
        Assert.True(written.GetProperty("youMayWrite").GetBoolean());
        var unwatched = new { goals = Array.Empty<string>(), tasks = Array.Empty<object>(), thresholds = new { systolicAtLeast = 160, diastolicAtLeast = (int?)null, systolicAtMost = (int?)null, falls = true, missedVisits = false, complaints = false } };
        var revised = await (await careManager.PutAsJsonAsync(path, unwatched)).ReadJsonAsync();
        Assert.Equal(160, revised.GetProperty("thresholds").GetProperty("systolicAtLeast").GetInt32());
        Assert.Equal(JsonValueKind.Null, revised.GetProperty("thresholds").GetProperty("diastolicAtLeast").ValueKind);
        Assert.Equal(0, revised.GetProperty("tasks").GetArrayLength());

        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await caregiver.GetAsync(path)).StatusCode);
        await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Tuesday, 9));
        var asCaregiver = await (await caregiver.GetAsync(path)).ReadJsonAsync();
        Assert.False(asCaregiver.GetProperty("youMayWrite").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await caregiver.PutAsJsonAsync(path, Plan)).StatusCode);

        var purposes = await app.InScopeAsync(async services => await services.GetRequiredService<MarketplaceDbContext>().RecipientAccessLog
            .Where(a => a.RecipientId == recipientId && a.Record == HealthRecord.CarePlan).Select(a => a.Purpose).ToListAsync());
        Assert.Equal([AccessPurpose.OwnFamily, AccessPurpose.ProvidingCare], purposes.Distinct().Order());
    }

    [Fact]
    public async Task MissedVisits_AlertWhenThePlanWatchesThem_AndComplaintsDoNotWhenItDoesNot()
    {
        var (careManager, family, recipientId) = await ManagedFamilyAsync();
        await careManager.PutAsJsonAsync($"/api/v1/recipients/{recipientId}/care-plan", new
        {
            goals = Array.Empty<string>(), tasks = Array.Empty<object>(),
            thresholds = new { systolicAtLeast = 140, diastolicAtLeast = 90, systolicAtMost = 90, falls = true, missedVisits = true, complaints = false },
        });
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var start = Next(DayOfWeek.Wednesday, 9);
        var series = await (await family.RequestHomeCareAsync(caregiverId, recipientId, start, repeatWeekly: new { days = Array.Empty<string>(), weeks = 3 })).ReadJsonAsync();
        var bookingId = series.GetProperty("id").GetGuid();
        (await caregiver.PostAsync($"/api/v1/bookings/{bookingId}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(bookingId);
        var visits = series.GetProperty("visits").EnumerateArray().Select(v => v.GetProperty("id").GetGuid()).ToList();

        using (app.Clock.TravelTo(start.AddMinutes(10)))
        {
            (await caregiver.PostAsync($"/api/v1/bookings/{bookingId}/visits/{visits[0]}/no-show", null)).EnsureSuccessStatusCode();
        }

        (await caregiver.PostAsync($"/api/v1/bookings/{bookingId}/visits/{visits[1]}/cancel", null)).EnsureSuccessStatusCode();
        (await family.PostAsJsonAsync($"/api/v1/bookings/{bookingId}/complaint", new { category = "safety", description = "Tidak datang." })).EnsureSuccessStatusCode();

        var alerts = (await (await careManager.GetAsync("/api/v1/care-managers/me/alerts")).ReadJsonAsync()).EnumerateArray().ToList();
        Assert.All(alerts, a => Assert.Equal("missedVisit", a.GetProperty("kind").GetString()));
        Assert.Equal(["cancelledByProvider", "nobodyHome"], alerts.Select(a => a.GetProperty("missedVisit").GetString()).Order());
    }

    [Fact]
    public async Task ThePlanAndTheFamilysLog_NameTheirFaultyFields_AndOnlyTheFamilyLogs()
    {
        var (careManager, family, recipientId) = await ManagedFamilyAsync();
        var plan = $"/api/v1/recipients/{recipientId}/care-plan";
        await HasError(await careManager.PutAsJsonAsync(plan, new { goals = Array.Empty<string>(), tasks = new[] { new { task = "juggling", timesPerWeek = 1 } } }), "tasks[0].task");
        await HasError(await careManager.PutAsJsonAsync(plan, new { goals = Array.Empty<string>(), tasks = new[] { new { task = "meal", timesPerWeek = 22 } } }), "tasks[0].timesPerWeek");
        await HasError(await careManager.PutAsJsonAsync(plan, new { goals = Array.Empty<string>(), tasks = new[] { new { task = "meal", timesPerWeek = 1 }, new { task = "meal", timesPerWeek = 2 } } }), "tasks");
        await HasError(await careManager.PutAsJsonAsync(plan, new { goals = Enumerable.Repeat("Jalan", 11), tasks = Array.Empty<object>() }), "goals");
        await HasError(await careManager.PutAsJsonAsync(plan, new { goals = Array.Empty<string>(), tasks = Array.Empty<object>(), thresholds = new { systolicAtLeast = 20, diastolicAtLeast = (int?)null, systolicAtMost = (int?)null, falls = true, missedVisits = true, complaints = true } }), "thresholds.systolicAtLeast");
        Assert.False((await (await family.GetAsync(plan)).ReadJsonAsync()).GetProperty("written").GetBoolean());

        var log = $"/api/v1/recipients/{recipientId}/care-log";
        var today = DateOnly.Parse((await (await family.GetAsync(plan)).ReadJsonAsync()).GetProperty("today").GetString()!, CultureInfo.InvariantCulture);
        await HasError(await family.PostAsJsonAsync(log, new { day = today.AddDays(1), notes = "Besok." }), "day");
        await HasError(await family.PostAsJsonAsync(log, new { day = today.AddDays(-8), notes = "Dulu." }), "day");
        await HasError(await family.PostAsJsonAsync(log, new { day = today }), "tasks");
        await HasError(await family.PostAsJsonAsync(log, new { day = today, systolicMmHg = 400 }), "systolicMmHg");
        await HasError(await family.PostAsJsonAsync(log, new { day = today, tasks = Juggling }), "tasks[0]");
        Assert.Equal(HttpStatusCode.Forbidden, (await careManager.PostAsJsonAsync(log, new { day = today, notes = "Saya." })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.NewFamilyAsync()).Client.PostAsJsonAsync(log, new { day = today, notes = "Bukan keluarga." })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await family.PostAsJsonAsync(log, new { day = today.AddDays(-7), notes = "Seminggu lalu." })).StatusCode);

        // Without a plan nothing is judged: a fall is recorded, and nobody is alerted.
        Assert.Equal(HttpStatusCode.Created, (await family.PostAsJsonAsync(log, new { day = today, fell = true })).StatusCode);
        Assert.Equal(0, (await (await careManager.GetAsync("/api/v1/care-managers/me/alerts")).ReadJsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task AlertsBelongToTheFamily_SoTheCareManagerItChoosesNext_SeesThem()
    {
        var (careManager, family, recipientId) = await ManagedFamilyAsync();
        await careManager.PutAsJsonAsync($"/api/v1/recipients/{recipientId}/care-plan", Plan);
        var today = (await (await family.GetAsync($"/api/v1/recipients/{recipientId}/care-plan")).ReadJsonAsync()).GetProperty("today").GetString();
        (await family.PostAsJsonAsync($"/api/v1/recipients/{recipientId}/care-log", new { day = today, fell = true })).EnsureSuccessStatusCode();
        var alertId = (await (await careManager.GetAsync("/api/v1/care-managers/me/alerts")).ReadJsonAsync())[0].GetProperty("id").GetGuid();

        var (next, nextId) = await app.NewCareManagerAsync();
        await family.ChooseCareManagerAsync(nextId);

        Assert.Equal(HttpStatusCode.NotFound, (await careManager.GetAsync($"/api/v1/care-managers/me/alerts/{alertId}")).StatusCode);
        Assert.Equal("fall", (await (await next.GetAsync($"/api/v1/care-managers/me/alerts/{alertId}")).ReadJsonAsync()).GetProperty("kind").GetString());
    }

    private async Task<(HttpClient CareManager, HttpClient Family, Guid RecipientId)> ManagedFamilyAsync()
    {
        var (careManager, careManagerId) = await app.NewCareManagerAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        await family.ChooseCareManagerAsync(careManagerId);
        return (careManager, family, recipientId);
    }

    private static async Task<Guid> ConfirmedAsync(HttpClient family, HttpClient caregiver, Guid caregiverId, Guid recipientId, DateTimeOffset start)
    {
        var id = await family.BookAsync(caregiverId, recipientId, start);
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);
        return id;
    }

    private async Task CheckOutAsync(HttpClient caregiver, Guid bookingId, DateTimeOffset start, object log)
    {
        using (app.Clock.TravelTo(start.AddMinutes(-5)))
        {
            (await caregiver.PostAsync($"/api/v1/bookings/{bookingId}/check-in", null)).EnsureSuccessStatusCode();
        }

        using (app.Clock.TravelTo(start.AddHours(2)))
        {
            (await caregiver.PostAsJsonAsync($"/api/v1/bookings/{bookingId}/check-out", log)).EnsureSuccessStatusCode();
        }
    }

    private static (int Due, int ByVisits, int ByFamily) Counts(JsonElement progress) =>
        (progress.GetProperty("due").GetInt32(), progress.GetProperty("byVisits").GetInt32(), progress.GetProperty("byFamily").GetInt32());

    private static string Day(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class CarePlansOnSqlite(SqliteAppFactory app) : CarePlanTests<SqliteAppFactory>(app);

public sealed class CarePlansOnPostgres(PostgresAppFactory app) : CarePlanTests<PostgresAppFactory>(app);
