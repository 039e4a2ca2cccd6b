using System.Net;
using System.Net.Http.Json;
using Marketplace.IntegrationTests.Api;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Reviews;

/// <summary>
/// Families rate the care of a booking once, after it was given and within 30 days; the provider replies once; an
/// admin hides an abusive review; the caregiver's and the listing's counts and means, and the search ranking, follow.
/// </summary>
public abstract class ReviewTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task AFamily_RatesAVisitOnceItWasGiven_Once_AndTheCaregiversRatingAndSearchFollow()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Monday, 9);
        var id = await family.BookAsync(caregiverId, recipientId, start);
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);

        await ProblemAssertions.HasConflict(await family.PostAsJsonAsync($"/api/v1/bookings/{id}/review", new { rating = 5, text = "Belum datang." }), "Only care that was given");
        Assert.Equal(JsonValueKindNull, (await (await family.GetAsync($"/api/v1/bookings/{id}/review")).ReadJsonAsync()).GetProperty("writableUntil").ValueKind);

        await app.GiveVisitAsync(caregiver, id, start);
        using (app.Clock.TravelTo(start.AddDays(2)))
        {
            var open = await (await family.GetAsync($"/api/v1/bookings/{id}/review")).ReadJsonAsync();
            Assert.Equal(start.AddHours(2).AddDays(30), open.GetProperty("writableUntil").GetDateTimeOffset());

            var written = await family.PostAsJsonAsync($"/api/v1/bookings/{id}/review", new { rating = 5, text = "Sabar dan tepat waktu." });
            Assert.Equal(HttpStatusCode.Created, written.StatusCode);
            var review = await written.ReadJsonAsync();
            Assert.Equal((5, "Sabar dan tepat waktu.", "Uji C."), (review.GetProperty("rating").GetInt32(), review.GetProperty("text").GetString(), review.GetProperty("reviewerName").GetString()));

            await ProblemAssertions.HasConflict(await family.PostAsJsonAsync($"/api/v1/bookings/{id}/review", new { rating = 1, text = "Lagi" }), "has a review already");
            Assert.Equal(HttpStatusCode.Forbidden, (await caregiver.PostAsJsonAsync($"/api/v1/bookings/{id}/review", new { rating = 5, text = "" })).StatusCode);
            var (stranger, _) = await app.NewFamilyAsync();
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/bookings/{id}/review", new { rating = 1, text = "" })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/bookings/{id}/review")).StatusCode);
        }

        var reviews = await (await app.CreateClient().GetAsync($"/api/v1/caregivers/{caregiverId}/reviews")).ReadJsonAsync();
        Assert.Equal((1, 5.0), (reviews.GetProperty("count").GetInt32(), reviews.GetProperty("mean").GetDouble()));
        Assert.Equal("Sabar dan tepat waktu.", reviews.GetProperty("items")[0].GetProperty("text").GetString());

        // The review reaches the search index through the outbox.
        var hit = await Eventually.FoundAsync(
            async () => (await (await app.CreateClient().GetAsync("/api/v1/search/caregivers?lat=-5.2030&lon=119.4580&radiusKm=5&sort=rating&pageSize=50")).ReadJsonAsync())
                .GetProperty("items").EnumerateArray().Where(item => item.GetProperty("id").GetGuid() == caregiverId && item.GetProperty("reviewCount").GetInt32() == 1)
                .Select(item => item.GetProperty("rating").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(),
            "the search index did not hear of the review");
        Assert.Equal("5", hit);
    }

    [Fact]
    public async Task TheCaregiver_RepliesOnce_AndAnAdmin_HidesAnAbusiveReview_WhichLeavesTheCount()
    {
        var (caregiver, caregiverId, family, id) = await app.GivenVisitAsync(Next(DayOfWeek.Tuesday, 9));
        var reviewId = await WriteAsync(family, id, 1, "Kata-kata kasar.");

        var replied = await caregiver.PostAsJsonAsync($"/api/v1/reviews/{reviewId}/reply", new { text = "Mohon maaf, kami perbaiki." });
        Assert.Equal(HttpStatusCode.OK, replied.StatusCode);
        Assert.Equal("Mohon maaf, kami perbaiki.", (await replied.ReadJsonAsync()).GetProperty("reply").GetString());
        await ProblemAssertions.HasConflict(await caregiver.PostAsJsonAsync($"/api/v1/reviews/{reviewId}/reply", new { text = "Lagi." }), "has a reply already");
        Assert.Equal(HttpStatusCode.Forbidden, (await family.PostAsJsonAsync($"/api/v1/reviews/{reviewId}/reply", new { text = "Saya juga." })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.NewFamilyAsync()).Client.PostAsJsonAsync($"/api/v1/reviews/{reviewId}/reply", new { text = "Siapa?" })).StatusCode);

        var admin = await app.AdminAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await caregiver.PostAsJsonAsync($"/api/v1/admin/reviews/{reviewId}/hide", new { reason = "Saya tidak suka." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/admin/reviews/{reviewId}/hide", new { reason = "Berisi kata-kata kasar." })).StatusCode);
        await ProblemAssertions.HasConflict(await admin.PostAsJsonAsync($"/api/v1/admin/reviews/{reviewId}/hide", new { reason = "Lagi." }), "hidden already");

        var reviews = await (await app.CreateClient().GetAsync($"/api/v1/caregivers/{caregiverId}/reviews")).ReadJsonAsync();
        Assert.Equal(0, reviews.GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKindNull, reviews.GetProperty("mean").ValueKind);
        var seenByFamily = (await (await family.GetAsync($"/api/v1/bookings/{id}/review")).ReadJsonAsync()).GetProperty("review");
        Assert.Equal((true, "Berisi kata-kata kasar."), (seenByFamily.GetProperty("hidden").GetBoolean(), seenByFamily.GetProperty("hiddenReason").GetString()));
        var moderated = await (await admin.GetAsync("/api/v1/admin/reviews")).ReadJsonAsync();
        Assert.Contains(moderated.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == reviewId && r.GetProperty("hidden").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await family.GetAsync("/api/v1/admin/reviews")).StatusCode);
    }

    [Fact]
    public async Task AReview_MoreThanThirtyDaysAfterTheCare_IsRefused_AndStarsOutsideOneToFive_NameTheField()
    {
        var start = Next(DayOfWeek.Wednesday, 9);
        var (_, _, family, id) = await app.GivenVisitAsync(start);

        await ProblemAssertions.HasError(await family.PostAsJsonAsync($"/api/v1/bookings/{id}/review", new { rating = 6, text = "" }), "rating");
        await ProblemAssertions.HasError(await family.PostAsJsonAsync($"/api/v1/bookings/{id}/review", new { rating = 0, text = "" }), "rating");
        await ProblemAssertions.HasError(await family.PostAsJsonAsync($"/api/v1/bookings/{id}/review", new { text = "Tanpa bintang." }), "rating");
        using (app.Clock.TravelTo(start.AddHours(2).AddDays(31)))
        {
            await ProblemAssertions.HasConflict(await family.PostAsJsonAsync($"/api/v1/bookings/{id}/review", new { rating = 4, text = "Terlambat." }), "within 30 days");
        }
    }

    [Fact]
    public async Task ADaycareDayThatPassed_IsReviewed_AsTheListings()
    {
        var (_, listingId) = await app.NewDaycareAsync(placesPerDay: 3);
        var (family, childId) = await app.NewFamilyAsync(TestListings.Child());
        var monday = DateOnly.FromDateTime(Next(DayOfWeek.Monday, 9).DateTime);
        var booked = await (await family.BookDaycareAsync(listingId, childId, monday)).ReadJsonAsync();
        var id = booked.GetProperty("id").GetGuid();
        await family.ConfirmOfflineAsync(id);
        var end = booked.GetProperty("visits")[0].GetProperty("end").GetDateTimeOffset();

        using (app.Clock.TravelTo(end.AddHours(1)))
        {
            await WriteAsync(family, id, 4, "Anak kami senang.");
        }

        var reviews = await (await app.CreateClient().GetAsync($"/api/v1/listings/{listingId}/reviews")).ReadJsonAsync();
        Assert.Equal((1, 4.0), (reviews.GetProperty("count").GetInt32(), reviews.GetProperty("mean").GetDouble()));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private static async Task<Guid> WriteAsync(HttpClient family, Guid bookingId, int rating, string text)
    {
        var written = await family.PostAsJsonAsync($"/api/v1/bookings/{bookingId}/review", new { rating, text });
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        return (await written.ReadJsonAsync()).GetProperty("id").GetGuid();
    }
}

public sealed class ReviewsOnSqlite(SqliteAppFactory app) : ReviewTests<SqliteAppFactory>(app);

public sealed class ReviewsOnPostgres(PostgresAppFactory app) : ReviewTests<PostgresAppFactory>(app);
