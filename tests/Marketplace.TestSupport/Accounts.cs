namespace Marketplace.TestSupport;

public static class Accounts
{
    public const string Password = "kata sandi panjang";

    /// <summary>Signs up a new account with <paramref name="role"/> through the API and returns a client signed in as it.</summary>
    public static async Task<HttpClient> NewAccountAsync(this MarketplaceAppFactory app, string role)
    {
        var client = app.CreateClient();
        var email = $"{role}-{Guid.NewGuid():N}@contoh.id";
        (await client.PostJsonAsync("/api/v1/auth/register", new { email, password = Password, role, fullName = "Uji Coba" }))
            .EnsureSuccessStatusCode();
        return await client.SignInAsync(email, Password);
    }

    public static Task<HttpClient> AdminAsync(this MarketplaceAppFactory app) =>
        app.CreateClient().SignInAsync(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);

    /// <summary>The same person as the API client <paramref name="signedIn"/> (made with <see cref="Password"/>), signed in on the pages.</summary>
    public static async Task<HttpClient> OnPagesAsync(this MarketplaceAppFactory app, HttpClient signedIn)
    {
        var email = (await (await signedIn.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString()!;
        return await app.SignInOnPagesAsync(email, Password);
    }
}
