using System.Globalization;
using System.Net.Http.Json;

namespace Marketplace.TestSupport;

/// <summary>Families, recipients, working weeks and bookings in the states booking tests start from.</summary>
public static class TestBookings
{
    private static readonly string[] Companionship = ["companionship"];

    /// <summary>Near the caregivers of <see cref="TestCaregivers.CompleteProfile"/> (Gowa), inside their 8 km.</summary>
    public static object RecipientNearGowa(double lat = -5.1990, double lon = 119.4500) => new
    {
        name = "Hj. Sitti Rahmah",
        kind = "elder",
        birthYear = 1948,
        needs = new[] { "mobility" },
        address = new { areaCode = "73.06.08", line = "Jl. Poros Malino No. 3", lat, lon },
        consent = true,
    };

    /// <summary>A new family account with one recipient; returns the client and the recipient's id.</summary>
    public static async Task<(HttpClient Client, Guid RecipientId)> NewFamilyAsync(this MarketplaceAppFactory app, object? recipient = null)
    {
        var family = await app.NewAccountAsync("family");
        var added = await family.PostJsonAsync("/api/v1/families/me/recipients", recipient ?? RecipientNearGowa());
        added.EnsureSuccessStatusCode();
        return (family, (await added.ReadJsonAsync()).GetProperty("id").GetGuid());
    }

    /// <summary>A verified caregiver who works every day from 07:00 to 19:00 WITA.</summary>
    public static async Task<(HttpClient Client, Guid Id)> NewBookableCaregiverAsync(this MarketplaceAppFactory app)
    {
        var (caregiver, id) = await app.NewVerifiedCaregiverAsync();
        (await caregiver.PutAsJsonAsync("/api/v1/caregivers/me/availability", new
        {
            timeZone = "Asia/Makassar",
            weekly = Enum.GetNames<DayOfWeek>().Select(day => new { day = day.ToLowerInvariant(), start = "07:00", end = "19:00" }),
            timeOff = Array.Empty<object>(),
        })).EnsureSuccessStatusCode();
        return (caregiver, id);
    }

    /// <summary>The coming <paramref name="day"/> at least a week away, at <paramref name="hour"/>:00 WITA.</summary>
    public static DateTimeOffset Next(DayOfWeek day, int hour)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var date = today.AddDays(7 + (((int)day - (int)today.DayOfWeek + 7) % 7));
        return new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));
    }

    public static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Asks for home care; <paramref name="repeatWeekly"/> is the optional <c>{days, weeks}</c>.</summary>
    public static Task<HttpResponseMessage> RequestHomeCareAsync(
        this HttpClient family, Guid caregiverId, Guid recipientId, DateTimeOffset start, int hours = 2, object? repeatWeekly = null) =>
        family.PostJsonAsync("/api/v1/bookings", new { kind = "homeCare", caregiverId, recipientId, start = Iso(start), hours, repeatWeekly });

    /// <summary>Requests and returns the new booking's id, failing the test if the request is refused.</summary>
    public static async Task<Guid> BookAsync(this HttpClient family, Guid caregiverId, Guid recipientId, DateTimeOffset start, int hours = 2)
    {
        var response = await family.RequestHomeCareAsync(caregiverId, recipientId, start, hours);
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>The family confirms an accepted booking by choosing to pay offline, failing the test if it is refused.</summary>
    public static async Task ConfirmOfflineAsync(this HttpClient family, Guid bookingId) =>
        (await family.PostJsonAsync($"/api/v1/bookings/{bookingId}/payments", new { method = "offline" })).EnsureSuccessStatusCode();

    /// <summary>The caregiver gives the visit starting at <paramref name="start"/>: checks in 5 minutes before and out <paramref name="hours"/> later, on the app's clock.</summary>
    public static async Task GiveVisitAsync(this MarketplaceAppFactory app, HttpClient caregiver, Guid bookingId, DateTimeOffset start, int hours = 2)
    {
        using (app.Clock.TravelTo(start.AddMinutes(-5)))
        {
            (await caregiver.PostAsync($"/api/v1/bookings/{bookingId}/check-in", null)).EnsureSuccessStatusCode();
        }

        using (app.Clock.TravelTo(start.AddHours(hours)))
        {
            (await caregiver.PostJsonAsync($"/api/v1/bookings/{bookingId}/check-out", new { tasks = Companionship, notes = "Makan siang bersama." }))
                .EnsureSuccessStatusCode();
        }
    }

    /// <summary>
    /// A new bookable caregiver's visit for a new family, booked, accepted, confirmed (to be paid offline) and given at
    /// <paramref name="start"/> on the app's clock, which is back to now afterwards: care a family may review or complain about.
    /// </summary>
    public static async Task<(HttpClient Caregiver, Guid CaregiverId, HttpClient Family, Guid BookingId)> GivenVisitAsync(this MarketplaceAppFactory app, DateTimeOffset start)
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var id = await family.BookAsync(caregiverId, recipientId, start);
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);
        await app.GiveVisitAsync(caregiver, id, start);
        return (caregiver, caregiverId, family, id);
    }

    /// <summary>Books daycare days for a child.</summary>
    public static Task<HttpResponseMessage> BookDaycareAsync(this HttpClient family, Guid listingId, Guid childId, params DateOnly[] dates) =>
        family.PostJsonAsync("/api/v1/bookings", new { kind = "daycare", listingId, recipientId = childId, dates });
}
