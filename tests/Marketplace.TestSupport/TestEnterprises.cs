namespace Marketplace.TestSupport;

/// <summary>Enterprises in the states tests start from, made through the API.</summary>
public static class TestEnterprises
{
    /// <summary>A new enterprise account with its organisation registered (pending); returns the client and the enterprise id.</summary>
    public static async Task<(HttpClient Client, Guid Id)> NewEnterpriseAsync(this MarketplaceAppFactory app, bool verified = false)
    {
        var owner = await app.NewAccountAsync("enterprise");
        var registered = await owner.PostJsonAsync("/api/v1/enterprises", new
        {
            name = "Rumah Inklusi Makassar",
            kind = "socialStartup",
            registrationNumber = "AHU-0031457.AH.01.04",
            areaCode = "73.71.13",
        });
        registered.EnsureSuccessStatusCode();
        var id = (await registered.ReadJsonAsync()).GetProperty("id").GetGuid();
        if (verified)
        {
            (await (await app.AdminAsync()).PostJsonAsync($"/api/v1/admin/enterprises/{id}/verification", new { decision = "verified" }))
                .EnsureSuccessStatusCode();
        }

        return (owner, id);
    }
}
