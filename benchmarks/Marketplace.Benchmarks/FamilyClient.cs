using Marketplace.TestSupport;

namespace Marketplace.Benchmarks;

/// <summary>The family the benchmark books as, signed up and signed in through the API over real HTTP.</summary>
internal static class FamilyClient
{
    /// <summary>Signs a new family up through the API, confirms the address as its email's link would (sign-in needs it), and signs in.</summary>
    public static async Task SignInAsNewFamilyAsync(this HttpClient client, MarketplaceAppFactory app)
    {
        var email = $"benchmark-{Guid.NewGuid():N}@contoh.id";
        (await client.PostJsonAsync("/api/v1/auth/register", new { email, password = Accounts.Password, role = "family", fullName = "Keluarga Uji" }))
            .EnsureSuccessStatusCode();
        await app.ConfirmEmailAsync(email);
        await client.SignInAsync(email, Accounts.Password);
    }

    public static async Task<Guid> AddRecipientAsync(this HttpClient client)
    {
        var added = await client.PostJsonAsync("/api/v1/families/me/recipients", TestBookings.RecipientNearGowa());
        added.EnsureSuccessStatusCode();
        return (await added.ReadJsonAsync()).GetProperty("id").GetGuid();
    }
}
