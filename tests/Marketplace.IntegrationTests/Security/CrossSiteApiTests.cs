using System.Net;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// Another site cannot make a signed-in person's browser change anything through the API: the sign-in cookie
/// authorizes no API write (they need a bearer token), whatever the body. API reads still accept the cookie,
/// for the documents the pages link to, and bearer clients write as before.
/// </summary>
public abstract class CrossSiteApiTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task AFormPostedFromAnotherSite_WithTheEnterprisesCookie_PausesNothing()
    {
        var (owner, listingId) = await app.NewDaycareAsync(placesPerDay: 2);
        var browser = await app.OnPagesAsync(owner);

        foreach (var action in new[] { "pause", "publish" })
        {
            using var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/listings/{listingId}/{action}")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }),
            };
            forged.Headers.Add("Origin", "https://evil.example");

            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SendAsync(forged)).StatusCode);
        }

        var listing = await (await owner.GetAsync($"/api/v1/listings/{listingId}")).ReadJsonAsync();
        Assert.Equal("published", listing.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ACancelWithoutABody_WithTheFamilysCookie_CancelsNothing()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var bookingId = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Monday, 9));
        var browser = await app.OnPagesAsync(family);

        var forged = await browser.PostAsync($"/api/v1/bookings/{bookingId}/cancel", content: null);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        var booking = await (await family.GetAsync($"/api/v1/bookings/{bookingId}")).ReadJsonAsync();
        Assert.Equal("requested", booking.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await family.PostAsync($"/api/v1/bookings/{bookingId}/cancel", content: null)).StatusCode);
    }

    [Fact]
    public async Task ThePagesCookie_StillReadsTheApi()
    {
        var family = await app.NewAccountAsync("family");
        var browser = await app.OnPagesAsync(family);

        var me = await browser.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }
}

public sealed class CrossSiteApiOnSqlite(SqliteAppFactory app) : CrossSiteApiTests<SqliteAppFactory>(app);

public sealed class CrossSiteApiOnPostgres(PostgresAppFactory app) : CrossSiteApiTests<PostgresAppFactory>(app);
