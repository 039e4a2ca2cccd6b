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
}
