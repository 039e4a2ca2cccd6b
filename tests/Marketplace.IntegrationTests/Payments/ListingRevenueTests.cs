using System.Globalization;
using System.Net;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;
using static Marketplace.IntegrationTests.Payments.MoneyPath;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>An enterprise's revenue per listing equals what its ledger account earned from each listing's bookings.</summary>
public abstract class ListingRevenueTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task EachListing_EarnsItsShareOfWhatItsBookingsWereCharged_AndOnlyItsEnterpriseReadsIt()
    {
        // A late cancellation is charged (daycare attendance is not recorded yet, so no day is charged as given).
        var (owner, listingId) = await app.NewDaycareAsync(placesPerDay: 3);
        var (family, childId) = await app.NewFamilyAsync(TestListings.Child());
        var monday = DateOnly.FromDateTime(Next(DayOfWeek.Monday, 9).DateTime);
        var booked = await (await family.BookDaycareAsync(listingId, childId, monday, monday.AddDays(1))).ReadJsonAsync();
        var id = booked.GetProperty("id").GetGuid();
        (await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline" })).EnsureSuccessStatusCode();
        var start = booked.GetProperty("visits")[0].GetProperty("start").GetDateTimeOffset();
        using (app.Clock.TravelTo(start.AddHours(-5)))
        {
            (await family.PostAsync($"/api/v1/bookings/{id}/cancel", null)).EnsureSuccessStatusCode();
        }

        var cancelled = await BookingAsync(family, id);
        var charge = cancelled.GetProperty("cancellation").GetProperty("chargeIdr").GetInt64();
        var earned = charge - (charge * cancelled.GetProperty("commissionPercent").GetInt64() / 100);
        Assert.True(earned > 0);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var period = $"from={today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={today.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var revenue = await (await owner.GetAsync($"/api/v1/enterprises/me/revenue?{period}")).ReadJsonAsync();
        var listing = Assert.Single(revenue.GetProperty("listings").EnumerateArray());
        Assert.Equal((listingId, 1, earned, earned),
            (listing.GetProperty("listingId").GetGuid(), listing.GetProperty("bookings").GetInt32(), Idr(listing, "earnedIdr"), Idr(revenue, "earnedIdr")));

        await HasError(await owner.GetAsync("/api/v1/enterprises/me/revenue?from=2026-12-01&to=2026-11-01"), "to");
        Assert.Equal(HttpStatusCode.Forbidden, (await family.GetAsync("/api/v1/enterprises/me/revenue")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/enterprises/me/revenue")).StatusCode);
    }
}

public sealed class ListingRevenueOnSqlite(SqliteAppFactory app) : ListingRevenueTests<SqliteAppFactory>(app);

public sealed class ListingRevenueOnPostgres(PostgresAppFactory app) : ListingRevenueTests<PostgresAppFactory>(app);
