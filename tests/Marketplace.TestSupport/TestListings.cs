namespace Marketplace.TestSupport;

/// <summary>Published daycare and clinic listings of a verified enterprise, made through the API.</summary>
public static class TestListings
{
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];
    private static readonly string[] Autism = ["autism"];
    private static readonly string[] BloodPressureCheck = ["blood-pressure-check"];

    /// <summary>A daycare open Monday to Friday, 07:30–16:00, for children of 2 to 10, at Rp 85.000 a day.</summary>
    public static async Task<(HttpClient Owner, Guid ListingId)> NewDaycareAsync(this MarketplaceAppFactory app, int placesPerDay, bool publish = true)
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);
        var id = await owner.CreateListingAsync(enterpriseId, new
        {
            kind = "daycare",
            title = "Penitipan Anak Inklusif Tamalanrea",
            areaCode = "73.71.13",
            daycare = new
            {
                addressLine = "Jl. Perintis Kemerdekaan Km 9",
                point = new { lat = -5.1321, lon = 119.4893 },
                openingDays = Weekdays,
                opens = "07:30",
                closes = "16:00",
                placesPerDay,
                minAgeYears = 2,
                maxAgeYears = 10,
                supportedNeeds = Autism,
                accessibilityFeatures = Array.Empty<string>(),
                pricePerDayIdr = 85_000,
            },
        }, publish);
        return (owner, id);
    }

    /// <summary>A mobile clinic at Rp 25.000 a visit with one stop a week ahead, 08:00–09:00 in 30-minute slots; returns its first slot.</summary>
    public static async Task<(HttpClient Owner, Guid ListingId, Guid SlotId)> NewClinicSlotAsync(this MarketplaceAppFactory app, int capacityPerSlot)
    {
        var (owner, enterpriseId) = await app.NewEnterpriseAsync(verified: true);
        var id = await owner.CreateListingAsync(enterpriseId, new
        {
            kind = "mobileClinic",
            title = "Klinik Keliling Sehat",
            areaCode = "73.09.04",
            mobileClinic = new { services = BloodPressureCheck, pricePerVisitIdr = 25_000 },
        }, publish: true);
        var stop = await owner.PostJsonAsync($"/api/v1/listings/{id}/stops", new
        {
            placeName = "Balai Desa Bontoa", point = new { lat = -4.985, lon = 119.546 }, date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)),
            start = "08:00", end = "09:00", slotMinutes = 30, capacityPerSlot,
        });
        stop.EnsureSuccessStatusCode();
        return (owner, id, (await stop.ReadJsonAsync()).GetProperty("slots")[0].GetProperty("id").GetGuid());
    }

    /// <summary>A child of five, the age every test daycare takes.</summary>
    public static object Child() => new
    {
        name = "Nabila",
        kind = "child",
        birthYear = DateTime.UtcNow.Year - 5,
        needs = Autism,
        address = new { areaCode = "73.71.10", line = "Jl. Daeng Tata Raya No. 12", lat = -5.1801, lon = 119.4105 },
        consent = true,
    };

    private static async Task<Guid> CreateListingAsync(this HttpClient owner, Guid enterpriseId, object listing, bool publish)
    {
        var created = await owner.PostJsonAsync($"/api/v1/enterprises/{enterpriseId}/listings", listing);
        created.EnsureSuccessStatusCode();
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        if (publish)
        {
            (await owner.PostAsync($"/api/v1/listings/{id}/publish", null)).EnsureSuccessStatusCode();
        }

        return id;
    }
}
