using Marketplace.Application.Accounts;
using Marketplace.Application.Accounts.ConfirmEmail;
using Marketplace.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.TestSupport;

public static class Accounts
{
    public const string Password = "kata sandi panjang";

    /// <summary>Signs up a new account with <paramref name="role"/> through the API, confirms its address and returns a client signed in as it.</summary>
    public static async Task<HttpClient> NewAccountAsync(this MarketplaceAppFactory app, string role)
    {
        var client = app.CreateClient();
        var email = $"{role}-{Guid.NewGuid():N}@contoh.id";
        (await client.PostJsonAsync("/api/v1/auth/register", new { email, password = Password, role, fullName = "Uji Coba", language = "id" }))
            .EnsureSuccessStatusCode();
        await app.ConfirmEmailAsync(email);
        return await client.SignInAsync(email, Password);
    }

    /// <summary>
    /// Confirms <paramref name="email"/>'s address as its sign-up email's link would, with a token made as that email's
    /// is and the sign-up's <paramref name="password"/>, without waiting for the email (the sign-up tests follow the real link).
    /// </summary>
    public static async Task<AddressConfirmation> ConfirmEmailAsync(this MarketplaceAppFactory app, string email, string password = Password)
    {
        var (userId, token) = await app.ConfirmationTokenAsync(email);
        var confirmed = await app.InScopeAsync(services => services.GetRequiredService<IMediator>().Send(new ConfirmEmail(userId, token, password)).AsTask());
        return confirmed == AddressConfirmation.Confirmed ? confirmed : throw new InvalidOperationException($"Confirming {email} answered {confirmed}.");
    }

    /// <summary>The account of <paramref name="email"/> and a token that confirms its address, as its sign-up email would carry.</summary>
    public static Task<(Guid UserId, string Token)> ConfirmationTokenAsync(this MarketplaceAppFactory app, string email) =>
        app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account has the address {email}.");
            return (user.Id, await users.GenerateEmailConfirmationTokenAsync(user));
        });

    /// <summary>The address of the account <paramref name="signedIn"/> is signed in as.</summary>
    public static async Task<string> EmailOfAsync(this HttpClient signedIn) =>
        (await (await signedIn.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString()!;

    public static Task<HttpClient> AdminAsync(this MarketplaceAppFactory app) =>
        app.CreateClient().SignInAsync(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);

    /// <summary>The same person as the API client <paramref name="signedIn"/> (made with <see cref="Password"/>), signed in on the pages.</summary>
    public static async Task<HttpClient> OnPagesAsync(this MarketplaceAppFactory app, HttpClient signedIn)
    {
        var email = (await (await signedIn.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString()!;
        return await app.SignInOnPagesAsync(email, Password);
    }
}
