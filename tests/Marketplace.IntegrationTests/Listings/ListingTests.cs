using System.Net;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;

namespace Marketplace.IntegrationTests.Listings;

/// <summary>Listings of the three kinds: drafting, publishing, pausing, clinic stops, and who may do what.</summary>
public abstract class ListingTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private static readonly object Daycare = new
    {
        kind = "daycare",
        title = "Penitipan Anak Inklusif",
        areaCode = "73.71.13",
        daycare = new
        {
            addressLine = "Jl. Perintis Kemerdekaan Km 9",
            point = new { lat = -5.1321, lon = 119.4893 },
            openingDays = new[] { "monday", "tuesday", "wednesday" },
            opens = "07:30",
            closes = "16:00",
            placesPerDay = 12,
            minAgeYears = 2,
            maxAgeYears = 10,
            supportedNeeds = new[] { "autism" },
            accessibilityFeatures = new[] { "quiet-room" },
            pricePerDayIdr = 85_000,
        },
    };

    private static readonly object Clinic = new
    {
        kind = "mobileClinic",
        title = "Klinik Keliling Sehat",
        areaCode = "73.09.04",
        mobileClinic = new { services = new[] { "blood-pressure-check", "wound-care" }, pricePerVisitIdr = 25_000 },
    };

    [Fact]
    public async Task AVerifiedEnterprise_DraftsAndPublishesADaycare_ThatFamiliesThenSee()
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);

        var created = await owner.PostJsonAsync($"/api/v1/enterprises/{enterpriseId}/listings", Daycare);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var listing = await created.ReadJsonAsync();
        Assert.Equal("draft", listing.GetProperty("status").GetString());
        Assert.Equal(12, listing.GetProperty("daycare").GetProperty("placesPerDay").GetInt32());
        var family = await app.NewAccountAsync("family");
        Assert.Equal(HttpStatusCode.NotFound, (await family.GetAsync(created.Headers.Location)).StatusCode);

        var published = await owner.PostAsync($"/api/v1/listings/{listing.GetProperty("id").GetGuid()}/publish", null);

        Assert.Equal("published", (await published.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await family.GetAsync(created.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task AnUnverifiedEnterprise_CannotPublish()
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync();
        var id = await CreateAsync(owner, enterpriseId, Daycare);

        var response = await owner.PostAsync($"/api/v1/listings/{id}/publish", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task AnEnterprise_CannotPublishOrListForAnother()
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);
        var id = await CreateAsync(owner, enterpriseId, Daycare);
        var (other, _) = await app.NewEnterpriseAsync(verified: true);

        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/listings/{id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostJsonAsync($"/api/v1/enterprises/{enterpriseId}/listings", Daycare)).StatusCode);
    }

    [Fact]
    public async Task PausingADraft_IsAConflict_AndPausingAPublishedListing_HidesIt()
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);
        var id = await CreateAsync(owner, enterpriseId, Daycare);
        Assert.Equal(HttpStatusCode.Conflict, (await owner.PostAsync($"/api/v1/listings/{id}/pause", null)).StatusCode);
        await owner.PostAsync($"/api/v1/listings/{id}/publish", null);

        var paused = await owner.PostAsync($"/api/v1/listings/{id}/pause", null);

        Assert.Equal("paused", (await paused.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/api/v1/listings/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("""{"kind":"daycare","title":"Penitipan","areaCode":"73.71.13"}""", "daycare")]
    [InlineData("""{"kind":"mobileClinic","title":"Klinik","areaCode":"73.09.04"}""", "mobileClinic")]
    [InlineData("""{"kind":"mobileClinic","title":"Klinik","areaCode":"73.09.04","mobileClinic":{"services":["massage"],"pricePerVisitIdr":0}}""", "mobileClinic.services[0]")]
    [InlineData("""{"kind":"homeCare","title":"","areaCode":"73.71.10"}""", "title")]
    [InlineData("""{"kind":"homeCare","title":"Rawat","areaCode":"73.71.10","lateCancellationPercent":150}""", "lateCancellationPercent")]
    [InlineData("""{"kind":"daycare","title":"Penitipan","areaCode":"73.71.13","daycare":{"addressLine":"Jl. A","point":{"lat":1.35,"lon":150},"openingDays":["monday"],"opens":"16:00","closes":"08:00","placesPerDay":0,"minAgeYears":10,"maxAgeYears":2,"pricePerDayIdr":-5}}""", "daycare.point.lon")]
    public async Task ABadListing_IsRefusedNamingTheField(string body, string field)
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync();

        var response = await owner.PostAsync($"/api/v1/enterprises/{enterpriseId}/listings",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await HasError(response, field);
    }

    [Fact]
    public async Task AMobileClinicStop_IsCutIntoSlotsShownInLocalTime()
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);
        var id = await CreateAsync(owner, enterpriseId, Clinic);
        var date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10));

        var added = await owner.PostJsonAsync($"/api/v1/listings/{id}/stops", new
        {
            placeName = "Balai Desa Bontoa", point = new { lat = -4.985, lon = 119.546 }, date, start = "08:00", end = "10:00",
            slotMinutes = 30, capacityPerSlot = 4,
        });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var slots = (await added.ReadJsonAsync()).GetProperty("slots");
        Assert.Equal(4, slots.GetArrayLength());
        Assert.Equal(new DateTimeOffset(date.Year, date.Month, date.Day, 8, 0, 0, TimeSpan.FromHours(8)), slots[0].GetProperty("startsAt").GetDateTimeOffset());
        Assert.EndsWith("+08:00", slots[0].GetProperty("startsAt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStopInThePast_OrOnADaycare_IsAConflict()
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);
        var clinic = await CreateAsync(owner, enterpriseId, Clinic);
        var daycare = await CreateAsync(owner, enterpriseId, Daycare);
        object Stop(DateOnly date) => new
        {
            placeName = "Balai Desa", point = new { lat = -4.985, lon = 119.546 }, date, start = "08:00", end = "10:00", slotMinutes = 30, capacityPerSlot = 4,
        };

        var past = await owner.PostJsonAsync($"/api/v1/listings/{clinic}/stops", Stop(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2))));
        var onDaycare = await owner.PostJsonAsync($"/api/v1/listings/{daycare}/stops", Stop(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5))));

        Assert.Equal(HttpStatusCode.Conflict, past.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, onDaycare.StatusCode);
    }

    [Fact]
    public async Task AStopWithAWindowShorterThanASlot_IsRefused()
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);
        var clinic = await CreateAsync(owner, enterpriseId, Clinic);

        var response = await owner.PostJsonAsync($"/api/v1/listings/{clinic}/stops", new
        {
            placeName = "Balai Desa", point = new { lat = -4.985, lon = 119.546 }, date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5)),
            start = "08:00", end = "08:20", slotMinutes = 30, capacityPerSlot = 0,
        });

        await HasError(response, "slotMinutes");
        await HasError(response, "capacityPerSlot");
    }

    [Fact]
    public async Task AHomeCareListing_OffersTheEnterprisesAffiliatedCaregivers()
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);
        var (caregiver, caregiverId) = await app.NewVerifiedCaregiverAsync();
        var email = (await (await caregiver.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString();
        var invitation = await (await owner.PostJsonAsync($"/api/v1/enterprises/{enterpriseId}/affiliations", new { caregiverEmail = email })).ReadJsonAsync();
        (await caregiver.PostAsync($"/api/v1/affiliations/{invitation.GetProperty("id").GetGuid()}/accept", null)).EnsureSuccessStatusCode();

        var id = await CreateAsync(owner, enterpriseId, new { kind = "homeCare", title = "Pendampingan Lansia", areaCode = "73.71.10" });

        var listing = await (await owner.GetAsync($"/api/v1/listings/{id}")).ReadJsonAsync();
        var offered = Assert.Single(listing.GetProperty("caregivers").EnumerateArray());
        Assert.Equal(caregiverId, offered.GetProperty("id").GetGuid());
        Assert.Equal(60_000, offered.GetProperty("hourlyRateIdr").GetInt64());
    }

    private static async Task<Guid> CreateAsync(HttpClient owner, Guid enterpriseId, object listing)
    {
        var created = await owner.PostJsonAsync($"/api/v1/enterprises/{enterpriseId}/listings", listing);
        created.EnsureSuccessStatusCode();
        return (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
    }
}

public sealed class ListingsOnSqlite(SqliteAppFactory app) : ListingTests<SqliteAppFactory>(app);

public sealed class ListingsOnPostgres(PostgresAppFactory app) : ListingTests<PostgresAppFactory>(app);
