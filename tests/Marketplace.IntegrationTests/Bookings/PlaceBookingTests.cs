using System.Net;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Bookings;

/// <summary>Daycare days and clinic slots: taken at once against the listing's capacity, and given back on cancellation.</summary>
public abstract class PlaceBookingTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private static DateOnly Day(DayOfWeek day) => DateOnly.FromDateTime(Next(day, 9).DateTime);

    [Fact]
    public async Task AFamily_BooksDaycareDaysForAChild_TakenAtOnce_AndTheEnterpriseSeesThem()
    {
        var (owner, listingId) = await app.NewDaycareAsync(placesPerDay: 3);
        var (family, childId) = await app.NewFamilyAsync(TestListings.Child());

        var response = await family.PostJsonAsync("/api/v1/bookings", new
        {
            kind = "daycare", listingId, recipientId = childId, dates = new[] { Day(DayOfWeek.Monday), Day(DayOfWeek.Tuesday) },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var booking = await response.ReadJsonAsync();
        Assert.Equal("accepted", booking.GetProperty("status").GetString());
        Assert.Equal(2 * 85_000, booking.GetProperty("priceIdr").GetInt64());
        var first = booking.GetProperty("visits")[0].GetProperty("start").GetDateTimeOffset();
        Assert.Equal((7, 30, TimeSpan.FromHours(8)), (first.Hour, first.Minute, first.Offset));
        Assert.Contains(booking.GetProperty("id").GetGuid(), HomeCareBookingTests<TFactory>.Ids(await (await owner.GetAsync("/api/v1/bookings")).ReadJsonAsync()));
    }

    [Fact]
    public async Task TheEnterprisesBookingsPage_SpeaksToAnEnterprise_AndNamesTheListingOfEachBooking()
    {
        var (owner, listingId) = await app.NewDaycareAsync(placesPerDay: 3);
        var ownerPages = await app.OnPagesAsync(owner);
        var empty = await ownerPages.GetStringAsync("/bookings?culture=en");
        Assert.Contains("No bookings for your services yet", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Search for a caregiver", empty, StringComparison.Ordinal);

        var (family, childId) = await app.NewFamilyAsync(TestListings.Child());
        Assert.Equal(HttpStatusCode.Created, (await family.BookDaycareAsync(listingId, childId, Day(DayOfWeek.Monday))).StatusCode);

        var list = await ownerPages.GetStringAsync("/bookings?culture=en");

        Assert.Contains("Inclusive daycare · Penitipan Anak Inklusif Tamalanrea", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADaycareRequest_ThatBreaksARule_IsRefusedWithTheReason()
    {
        var (owner, listingId) = await app.NewDaycareAsync(placesPerDay: 3);
        var (_, draftId) = await app.NewDaycareAsync(placesPerDay: 3, publish: false);
        var (family, childId) = await app.NewFamilyAsync(TestListings.Child());
        var (elderFamily, elderId) = await app.NewFamilyAsync();

        await HasConflict(await family.BookDaycareAsync(listingId, childId, Day(DayOfWeek.Sunday)), "closed");
        await HasConflict(await elderFamily.BookDaycareAsync(listingId, elderId, Day(DayOfWeek.Monday)), "age range");
        Assert.Equal(HttpStatusCode.NotFound, (await family.BookDaycareAsync(draftId, childId, Day(DayOfWeek.Monday))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await family.BookDaycareAsync(listingId, elderId, Day(DayOfWeek.Monday))).StatusCode);
        await HasError(await family.PostJsonAsync("/api/v1/bookings", new { kind = "daycare", listingId, recipientId = childId, dates = Array.Empty<DateOnly>() }), "dates");

        (await owner.PostAsync($"/api/v1/listings/{listingId}/pause", null)).EnsureSuccessStatusCode();
        await HasConflict(await family.BookDaycareAsync(listingId, childId, Day(DayOfWeek.Monday)), "paused");
    }

    [Fact]
    public async Task AFullDay_RefusesTheNextChild_UntilACancellationGivesThePlaceBack()
    {
        var (_, listingId) = await app.NewDaycareAsync(placesPerDay: 1);
        var (family, childId) = await app.NewFamilyAsync(TestListings.Child());
        var (otherFamily, otherChildId) = await app.NewFamilyAsync(TestListings.Child());
        var first = await family.BookDaycareAsync(listingId, childId, Day(DayOfWeek.Wednesday));
        first.EnsureSuccessStatusCode();

        await HasConflict(await otherFamily.BookDaycareAsync(listingId, otherChildId, Day(DayOfWeek.Wednesday)), "full");
        Assert.Equal(HttpStatusCode.Created, (await otherFamily.BookDaycareAsync(listingId, otherChildId, Day(DayOfWeek.Thursday))).StatusCode);

        (await family.PostAsync($"{first.Headers.Location}/cancel", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Created, (await otherFamily.BookDaycareAsync(listingId, otherChildId, Day(DayOfWeek.Wednesday))).StatusCode);
    }

    [Fact]
    public async Task AFamily_BooksAClinicSlot_UntilItIsFull()
    {
        var (_, _, slotId) = await app.NewClinicSlotAsync(capacityPerSlot: 1);
        var (family, recipientId) = await app.NewFamilyAsync();
        var (otherFamily, otherRecipientId) = await app.NewFamilyAsync();

        var booked = await family.PostJsonAsync("/api/v1/bookings", new { kind = "mobileClinic", slotId, recipientId });

        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var booking = await booked.ReadJsonAsync();
        Assert.Equal(25_000, booking.GetProperty("priceIdr").GetInt64());
        Assert.Equal(slotId, booking.GetProperty("clinicSlotId").GetGuid());
        await HasConflict(await otherFamily.PostJsonAsync("/api/v1/bookings", new { kind = "mobileClinic", slotId, recipientId = otherRecipientId }), "full");
        Assert.Equal(HttpStatusCode.NotFound, (await family.PostJsonAsync("/api/v1/bookings", new { kind = "mobileClinic", slotId = Guid.NewGuid(), recipientId })).StatusCode);
    }
}

public sealed class PlaceBookingOnSqlite(SqliteAppFactory app) : PlaceBookingTests<SqliteAppFactory>(app);

public sealed class PlaceBookingOnPostgres(PostgresAppFactory app) : PlaceBookingTests<PostgresAppFactory>(app);
