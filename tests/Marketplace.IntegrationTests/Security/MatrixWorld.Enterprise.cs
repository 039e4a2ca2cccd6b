using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Security;

internal sealed partial class MatrixWorld
{
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];
    private static readonly string[] BloodPressureCheck = ["blood-pressure-check"];

    /// <summary>A daycare of enterprise A, open on weekdays for children of 2 to 10: the body of the API's listing writes.</summary>
    public static object DaycareListing(string title) => new
    {
        kind = "daycare",
        title,
        areaCode = "73.71.13",
        daycare = new
        {
            addressLine = "Jl. Perintis Kemerdekaan Km 9", point = new { lat = -5.1321, lon = 119.4893 }, openingDays = Weekdays,
            opens = "07:30", closes = "16:00", placesPerDay = 5, minAgeYears = 2, maxAgeYears = 10, supportedNeeds = Array.Empty<string>(),
            accessibilityFeatures = Array.Empty<string>(), pricePerDayIdr = 85_000,
        },
    };

    /// <summary>A clinic stop <paramref name="daysAhead"/> days ahead, 08:00-09:00 in two slots: the body of the API's stop writes.</summary>
    public static object Stop(int daysAhead) => new
    {
        placeName = "Balai Desa Bontoa", point = new { lat = -4.985, lon = 119.546 }, date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(daysAhead)),
        start = "08:00", end = "09:00", slotMinutes = 30, capacityPerSlot = 5,
    };

    private async Task MakeEnterpriseAAsync()
    {
        var owner = _api[Who.EnterpriseA];
        DaycareA = await ListAsync(DaycareListing("Penitipan Anak Inklusif Tamalanrea"), publish: true);
        PausableA = await ListAsync(DaycareListing("Penitipan Anak Antang"), publish: true);
        DraftA = await ListAsync(DaycareListing("Penitipan Anak Daya"), publish: false);
        PublishableA = await ListAsync(DaycareListing("Penitipan Anak Biringkanaya"), publish: false);
        ClinicA = await ListAsync(
            new { kind = "mobileClinic", title = "Klinik Keliling Sehat", areaCode = "73.09.04", mobileClinic = new { services = BloodPressureCheck, pricePerVisitIdr = 25_000 } },
            publish: true);

        var invited = await owner.PostJsonAsync($"/api/v1/enterprises/{EnterpriseA}/affiliations", new { caregiverEmail = _emails[Who.CaregiverA] });
        invited.EnsureSuccessStatusCode();
        AffiliationA = (await invited.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<Guid> ListAsync(object listing, bool publish)
    {
        var owner = _api[Who.EnterpriseA];
        var created = await owner.PostJsonAsync($"/api/v1/enterprises/{EnterpriseA}/listings", listing);
        created.EnsureSuccessStatusCode();
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        if (publish)
        {
            (await owner.PostAsync($"/api/v1/listings/{id}/publish", null)).EnsureSuccessStatusCode();
        }

        return id;
    }
}
