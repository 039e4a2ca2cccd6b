using Microsoft.AspNetCore.Identity;

namespace Marketplace.Infrastructure.Identity;

/// <summary>
/// Identity's change-of-address token (<see cref="UserManager{TUser}.GenerateChangeEmailTokenAsync"/>, checked by
/// <see cref="UserManager{TUser}.ChangeEmailAsync"/>), bound to the account's latest change request as well as to its
/// security stamp: a new request makes every link sent before it useless, even one for the same address, and the change
/// itself (a new security stamp) makes its own link useless. The token is the default provider's (data protection, with
/// its lifespan) for the purpose named with the request's id. That id is a row of the account's tokens
/// (<c>AspNetUserTokens</c>); it is not secret, the token's protection is.
/// </summary>
public sealed class EmailChangeTokenProvider : IUserTwoFactorTokenProvider<ApplicationUser>
{
    /// <summary>The provider's name in Identity's options (<c>Tokens.ChangeEmailTokenProvider</c>).</summary>
    public const string ProviderName = "EmailChange";

    internal const string Store = "Peduli";
    internal const string Request = "EmailChangeRequest";

    public async Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) =>
        await manager.GetAuthenticationTokenAsync(user, Store, Request) is { } request
            ? await manager.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, Bound(purpose, request))
            : throw new InvalidOperationException("No change of address was asked for this account.");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user) =>
        await manager.GetAuthenticationTokenAsync(user, Store, Request) is { } request
            && await manager.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, Bound(purpose, request), token);

    /// <summary>Never a second factor: it only changes addresses.</summary>
    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(false);

    private static string Bound(string purpose, string request) => $"{purpose}:{request}";
}
