using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Bookings;

/// <summary>
/// Continuity of care: a visit of a weekly series its caregiver cancelled (alone, for her time off) or cannot give
/// (suspended) is offered to other caregivers, the person's preferred ones first, then those who cared for them, then
/// others nearby, each verified, serving the home and free for the whole visit. Only the booking's family sees the offer;
/// a request sent for the visit covers it until it is declined; the family's email links to it.
/// </summary>
public abstract class ReplacementTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task TheOffer_PutsThePreferredFirst_ThenWhoCaredBefore_ThenOthersNearby_LeavingOutTheBusy_TheFar_AndTheCaregiverReplaced()
    {
        var (caregiver, caregiverId, family, ibu, bookingId, visits) = await SeriesAsync(Next(DayOfWeek.Thursday, 9));
        var cancelled = visits[1];
        (await caregiver.PostAsync($"/api/v1/bookings/{bookingId}/visits/{cancelled.Id}/cancel", null)).EnsureSuccessStatusCode();

        var (_, preferred) = await app.NewBookableCaregiverAsync();
        var (_, busy) = await app.NewBookableCaregiverAsync();
        var (farClient, far) = await app.NewBookableCaregiverAsync();
        var (other, othersIbu) = await app.NewFamilyAsync();
        await other.BookAsync(busy, othersIbu, cancelled.Start);
        (await farClient.PutAsJsonAsync("/api/v1/caregivers/me", FarAway)).EnsureSuccessStatusCode();
        foreach (var id in new[] { busy, preferred, far })
        {
            (await family.PutAsJsonAsync($"/api/v1/families/me/preferred-caregivers/{id}", new { recipientId = ibu })).EnsureSuccessStatusCode();
        }

        var (before, beforeId) = await app.NewBookableCaregiverAsync();
        var given = Next(DayOfWeek.Monday, 9);
        var givenId = await family.BookAsync(beforeId, ibu, given);
        (await before.PostAsync($"/api/v1/bookings/{givenId}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(givenId);
        await app.GiveVisitAsync(before, givenId, given);
        await app.NewBookableCaregiverAsync();

        // Others nearby come from search, which hears of new caregivers through the outbox.
        var offer = default(JsonElement);
        await Eventually.TrueAsync(
            async () => Items(offer = await OfferAsync(family, bookingId, cancelled.Id)).Any(item => item.Reason == "nearby"), "the offer named nobody nearby");
        var items = Items(offer);

        Assert.Equal((preferred, "preferred"), items[0]);
        Assert.Equal((beforeId, "previouslyBooked"), items[1]);
        Assert.All(items.Skip(2), item => Assert.Equal("nearby", item.Reason));
        Assert.DoesNotContain(items, item => item.Id == busy || item.Id == far || item.Id == caregiverId);
        Assert.Equal(items.Count, items.Select(item => item.Id).Distinct().Count());
        var first = offer.GetProperty("items")[0];
        Assert.Equal((120_000L, 60_000L), (first.GetProperty("visitPriceIdr").GetInt64(), first.GetProperty("hourlyRateIdr").GetInt64()));
        Assert.Equal(
            (ibu, cancelled.Start, 2, "caregiverCancelled"),
            (offer.GetProperty("recipientId").GetGuid(), offer.GetProperty("start").GetDateTimeOffset(), offer.GetProperty("hours").GetInt32(),
                offer.GetProperty("cause").GetString()));
    }

    [Fact]
    public async Task OnlyTheBookingsFamily_SeesTheOffer_AndOnlyForAVisitItsCaregiverCancelled_StillToCome()
    {
        var (caregiver, _, family, _, bookingId, visits) = await SeriesAsync(Next(DayOfWeek.Friday, 13));
        (await caregiver.PostAsync($"/api/v1/bookings/{bookingId}/visits/{visits[1].Id}/cancel", null)).EnsureSuccessStatusCode();
        (await family.PostAsync($"/api/v1/bookings/{bookingId}/visits/{visits[2].Id}/cancel", null)).EnsureSuccessStatusCode();
        var path = Path(bookingId, visits[1].Id);
        var (stranger, _) = await app.NewFamilyAsync();

        Assert.Equal(HttpStatusCode.OK, (await family.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caregiver.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AdminAsync()).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await family.GetAsync(Path(bookingId, Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await family.GetAsync(Path(Guid.NewGuid(), visits[1].Id))).StatusCode);
        await HasConflict(await family.GetAsync(Path(bookingId, visits[0].Id)), "does not need another caregiver");
        await HasConflict(await family.GetAsync(Path(bookingId, visits[2].Id)), "does not need another caregiver");
        using (app.Clock.TravelTo(visits[1].Start.AddMinutes(1)))
        {
            await HasConflict(await family.GetAsync(path), "does not need another caregiver");
        }
    }

    [Fact]
    public async Task ARequestSentFromTheOffer_CoversTheVisit_UntilItIsDeclined_AndTheBookingsPageSaysWho()
    {
        var (caregiver, _, family, ibu, bookingId, visits) = await SeriesAsync(Next(DayOfWeek.Wednesday, 14));
        var cancelled = visits[1];
        (await caregiver.PostAsync($"/api/v1/bookings/{bookingId}/visits/{cancelled.Id}/cancel", null)).EnsureSuccessStatusCode();
        var (replacement, replacementId) = await app.NewBookableCaregiverAsync();
        (await family.PutAsJsonAsync($"/api/v1/families/me/preferred-caregivers/{replacementId}", new { recipientId = ibu })).EnsureSuccessStatusCode();
        var pages = await app.OnPagesAsync(family);
        var offerPage = $"/bookings/{bookingId}/visits/{cancelled.Id}/replacements";

        Assert.Contains(offerPage, await pages.GetStringAsync($"/bookings/{bookingId}"), StringComparison.Ordinal);
        var local = cancelled.Start.ToOffset(TimeSpan.FromHours(8));
        var (date, time) = (local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), local.ToString("HH:mm", CultureInfo.InvariantCulture));
        var shown = await pages.GetStringAsync(offerPage);
        Assert.Contains($"name=\"Date\" value=\"{date}\"", shown, StringComparison.Ordinal);
        Assert.Contains($"name=\"CaregiverId\" value=\"{replacementId}\"", shown, StringComparison.Ordinal);

        // The page's button sends what the booking form sends: the ordinary request, for this visit alone.
        var sent = await pages.PostFormAsync(offerPage, "/bookings/new", new()
        {
            ["CaregiverId"] = replacementId.ToString(), ["RecipientId"] = ibu.ToString(), ["Date"] = date, ["Time"] = time, ["Hours"] = "2",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var askedId = Guid.Parse(sent.Headers.Location!.OriginalString.Split('/')[^1]);
        var asked = await (await family.GetAsync($"/api/v1/bookings/{askedId}")).ReadJsonAsync();
        Assert.Equal(("requested", cancelled.Start), (asked.GetProperty("status").GetString(), asked.GetProperty("visits")[0].GetProperty("start").GetDateTimeOffset()));

        await HasConflict(await family.GetAsync(Path(bookingId, cancelled.Id)), "has been asked to take this visit already");
        var page = await pages.GetStringAsync($"/bookings/{bookingId}");
        Assert.Contains("data-testid=\"replacement-asked\"", page, StringComparison.Ordinal);
        Assert.Contains($"/bookings/{askedId}", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await pages.GetAsync(offerPage)).StatusCode);

        (await replacement.PostAsync($"/api/v1/bookings/{askedId}/decline", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await family.GetAsync(Path(bookingId, cancelled.Id))).StatusCode);
    }

    [Fact]
    public async Task TheFamilysEmail_ForAVisitCancelledForTheCaregiversTimeOff_LinksToItsOffer()
    {
        var (caregiver, _, family, _, bookingId, visits) = await SeriesAsync(Next(DayOfWeek.Tuesday, 15));
        var dayOff = visits[1].Start.ToOffset(TimeSpan.FromHours(8)).Date;
        (await caregiver.PutAsJsonAsync("/api/v1/caregivers/me/availability", new
        {
            timeZone = "Asia/Makassar",
            weekly = Enum.GetNames<DayOfWeek>().Select(day => new { day = day.ToLowerInvariant(), start = "07:00", end = "19:00" }),
            timeOff = new[] { new { from = Iso(new DateTimeOffset(dayOff, TimeSpan.FromHours(8))), to = Iso(new DateTimeOffset(dayOff.AddDays(1), TimeSpan.FromHours(8))) } },
            bookedVisits = "cancel",
        })).EnsureSuccessStatusCode();

        var email = await app.EmailToAsync(await family.EmailOfAsync(), "Perlu pendamping lain?");

        Assert.Contains($"http://localhost{Path(bookingId, visits[1].Id).Replace("/api/v1", string.Empty, StringComparison.Ordinal)}", email, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await family.GetAsync(Path(bookingId, visits[1].Id))).StatusCode);
    }

    [Fact]
    public async Task ASuspendedCaregiver_StaysOnTheFamilysList_NotBookable_AndHerVisitsToCome_AreOfferedToOthers()
    {
        var (caregiver, caregiverId, family, ibu, bookingId, visits) = await SeriesAsync(Next(DayOfWeek.Saturday, 9));
        (await family.PutAsJsonAsync($"/api/v1/families/me/preferred-caregivers/{caregiverId}", new { recipientId = ibu })).EnsureSuccessStatusCode();
        var given = Next(DayOfWeek.Monday, 15);
        var givenId = await family.BookAsync(caregiverId, ibu, given);
        (await caregiver.PostAsync($"/api/v1/bookings/{givenId}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(givenId);
        await app.GiveVisitAsync(caregiver, givenId, given);
        var complaint = await (await family.PostAsJsonAsync($"/api/v1/bookings/{givenId}/complaint", new { category = "safety", description = "Ibu dibiarkan jatuh." })).ReadJsonAsync();
        (await (await app.AdminAsync()).PostAsJsonAsync($"/api/v1/admin/complaints/{complaint.GetProperty("id").GetGuid()}/resolve", new
        {
            outcome = "upheld", resolution = "Terbukti.", suspendProvider = true, suspensionReason = "Kelalaian.",
        })).EnsureSuccessStatusCode();

        var listed = Assert.Single((await (await family.GetAsync("/api/v1/families/me/preferred-caregivers")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal((caregiverId, false), (listed.GetProperty("caregiverId").GetGuid(), listed.GetProperty("bookable").GetBoolean()));
        Assert.Equal(HttpStatusCode.NotFound, (await family.PutAsJsonAsync($"/api/v1/families/me/preferred-caregivers/{caregiverId}", new { recipientId = ibu })).StatusCode);
        var offer = await (await family.GetAsync(Path(bookingId, visits[0].Id))).ReadJsonAsync();
        Assert.Equal("caregiverSuspended", offer.GetProperty("cause").GetString());
        Assert.DoesNotContain(Items(offer), item => item.Id == caregiverId);
        Assert.Equal(HttpStatusCode.NoContent, (await family.DeleteAsync($"/api/v1/families/me/preferred-caregivers/{caregiverId}")).StatusCode);
    }

    private static readonly object FarAway = new
    {
        fullName = "Irmawati",
        skills = new[] { "elder-care" },
        languages = new[] { "id" },
        hourlyRateIdr = 60_000,
        home = new { lat = -4.0135, lon = 119.6255 },
        serviceRadiusKm = 8,
        areaCodes = new[] { "73.06.08" },
    };

    private static string Path(Guid bookingId, Guid visitId) => $"/api/v1/bookings/{bookingId}/visits/{visitId}/replacements";

    private static async Task<JsonElement> OfferAsync(HttpClient family, Guid bookingId, Guid visitId)
    {
        var response = await family.GetAsync(Path(bookingId, visitId));
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    private static List<(Guid Id, string Reason)> Items(JsonElement offer) =>
        [.. offer.GetProperty("items").EnumerateArray().Select(item => (item.GetProperty("caregiverId").GetGuid(), item.GetProperty("reason").GetString()!))];

    /// <summary>A new bookable caregiver's weekly series of three 2-hour visits for a new family's elder from <paramref name="start"/>, accepted and confirmed.</summary>
    private async Task<(HttpClient Caregiver, Guid CaregiverId, HttpClient Family, Guid Ibu, Guid BookingId, IReadOnlyList<(Guid Id, DateTimeOffset Start)> Visits)> SeriesAsync(
        DateTimeOffset start)
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, ibu) = await app.NewFamilyAsync();
        var requested = await family.RequestHomeCareAsync(caregiverId, ibu, start, repeatWeekly: new { days = Array.Empty<string>(), weeks = 3 });
        requested.EnsureSuccessStatusCode();
        var booking = await requested.ReadJsonAsync();
        var id = booking.GetProperty("id").GetGuid();
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);
        return (caregiver, caregiverId, family, ibu, id,
            [.. booking.GetProperty("visits").EnumerateArray().Select(v => (v.GetProperty("id").GetGuid(), v.GetProperty("start").GetDateTimeOffset()))]);
    }
}

public sealed class ReplacementsOnSqlite(SqliteAppFactory app) : ReplacementTests<SqliteAppFactory>(app);

public sealed class ReplacementsOnPostgres(PostgresAppFactory app) : ReplacementTests<PostgresAppFactory>(app);
