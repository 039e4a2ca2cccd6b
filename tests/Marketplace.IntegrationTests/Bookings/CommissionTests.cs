using System.Net;
using Marketplace.Application.SharedKernel;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Bookings;

/// <summary>
/// The platform's commission is shown to the family before it books and to the provider before it answers, and a
/// booking keeps the share agreed when it was made: 10 % for a caregiver booked directly, 5 % for a social enterprise.
/// </summary>
public abstract class CommissionTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task AHomeCareBooking_SplitsItsPrice_AndBothSidesSeeTheSplitBeforeTheyCommit()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var form = await (await app.OnPagesAsync(family)).GetStringAsync($"/bookings/new?caregiverId={caregiverId}");
        Assert.Contains("komisi platform 10%", form, StringComparison.Ordinal);

        var bookingId = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Thursday, 9), hours: 3);

        var booking = await (await family.GetAsync($"/api/v1/bookings/{bookingId}")).ReadJsonAsync();
        var price = booking.GetProperty("priceIdr").GetInt64();
        Assert.Equal(10, booking.GetProperty("commissionPercent").GetInt32());
        Assert.Equal(price / 10, booking.GetProperty("commissionIdr").GetInt64());
        Assert.Equal(price - (price / 10), booking.GetProperty("providerEarningIdr").GetInt64());
        var request = WebUtility.HtmlDecode(await (await app.OnPagesAsync(caregiver)).GetStringAsync($"/bookings/{bookingId}"));
        Assert.Contains($"data-testid=\"provider-earning\">{Money.FromRupiah(price - (price / 10))}<", request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADaycareOfASocialEnterprise_TakesTheLowerCommission()
    {
        var (_, listingId) = await app.NewDaycareAsync(placesPerDay: 3);
        var (family, childId) = await app.NewFamilyAsync(TestListings.Child());
        var page = await (await app.OnPagesAsync(family)).GetStringAsync($"/listings/{listingId}");
        Assert.Contains("komisi platform 5%", page, StringComparison.Ordinal);

        var response = await family.BookDaycareAsync(listingId, childId, DateOnly.FromDateTime(Next(DayOfWeek.Monday, 9).DateTime));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var booking = await response.ReadJsonAsync();
        Assert.Equal(5, booking.GetProperty("commissionPercent").GetInt32());
        Assert.Equal(4_250, booking.GetProperty("commissionIdr").GetInt64());
        Assert.Equal(80_750, booking.GetProperty("providerEarningIdr").GetInt64());
    }
}

public sealed class CommissionOnSqlite(SqliteAppFactory app) : CommissionTests<SqliteAppFactory>(app);

public sealed class CommissionOnPostgres(PostgresAppFactory app) : CommissionTests<PostgresAppFactory>(app);
