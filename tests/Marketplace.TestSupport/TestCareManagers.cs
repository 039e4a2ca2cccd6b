using System.Net.Http.Json;

namespace Marketplace.TestSupport;

public static class TestCareManagers
{
    /// <summary>A verified caregiver an admin granted the care-manager credential.</summary>
    public static async Task<(HttpClient Client, Guid Id)> NewCareManagerAsync(this MarketplaceAppFactory app)
    {
        var (client, id) = await app.NewVerifiedCaregiverAsync();
        (await (await app.AdminAsync()).PutAsJsonAsync($"/api/v1/admin/caregivers/{id}/care-manager", new { granted = true })).EnsureSuccessStatusCode();
        return (client, id);
    }

    /// <summary>The family chooses the care manager, failing the test if it is refused.</summary>
    public static async Task ChooseCareManagerAsync(this HttpClient family, Guid careManagerId) =>
        (await family.PutAsJsonAsync("/api/v1/families/me/care-manager", new { caregiverId = careManagerId })).EnsureSuccessStatusCode();

    /// <summary>
    /// The family chooses the care manager, who writes a plan for the person with the default thresholds; the family
    /// logs a fall today: the day logged (yyyy-MM-dd, the person's date) and the alert it raised. May be called again for another alert.
    /// </summary>
    public static async Task<(string Day, Guid AlertId)> RaiseFallAlertAsync(HttpClient family, HttpClient careManager, Guid careManagerId, Guid recipientId)
    {
        await family.ChooseCareManagerAsync(careManagerId);
        (await careManager.PutAsJsonAsync($"/api/v1/recipients/{recipientId}/care-plan", new { goals = Goals, tasks = Array.Empty<object>() })).EnsureSuccessStatusCode();
        var day = (await (await family.GetAsync($"/api/v1/recipients/{recipientId}/care-plan")).ReadJsonAsync()).GetProperty("today").GetString()!;
        (await family.PostJsonAsync($"/api/v1/recipients/{recipientId}/care-log", new { day, fell = true })).EnsureSuccessStatusCode();

        // Open falls are urgent, listed oldest first: the newest is the last.
        var alerts = (await (await careManager.GetAsync("/api/v1/care-managers/me/alerts?status=open")).ReadJsonAsync()).EnumerateArray();
        return (day, alerts.Last(a => a.GetProperty("kind").GetString() == "fall").GetProperty("id").GetGuid());
    }

    /// <summary>Goals for a plan, for tests that need some.</summary>
    public static readonly string[] Goals = ["Berjalan ke pagar depan"];
}
