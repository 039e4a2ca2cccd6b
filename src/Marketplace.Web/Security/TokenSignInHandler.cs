using System.Security.Claims;
using System.Text.Encodings.Web;
using Marketplace.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Security;

/// <summary>
/// How an API client is signed in (<c>POST /api/v1/auth/login</c> and <c>/refresh</c>): the answer is ASP.NET Core's
/// bearer token (read back by the bearer scheme, valid for an hour) with one of our rotating refresh tokens
/// (<see cref="RefreshTokens"/>) instead of the framework's, which could be used again and again. The access token
/// names its refresh-token family, so signing out ends the family.
/// </summary>
internal sealed class TokenSignInHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    RefreshTokens refreshTokens,
    UserManager<ApplicationUser> users) : SignInAuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Peduli.TokenSignIn";

    /// <summary>The claim of an access token naming the refresh-token family it was issued with.</summary>
    public const string FamilyClaim = "peduli:refresh_family";

    /// <summary>Signs <paramref name="user"/> in again in the family of <paramref name="rotation"/>, answering its next refresh token.</summary>
    public static Task RefreshAsync(HttpContext context, ClaimsPrincipal user, Rotation rotation)
    {
        var properties = new AuthenticationProperties();
        properties.Items[FamilyItem] = rotation.FamilyId.ToString();
        properties.Items[RefreshTokenItem] = rotation.NextToken;
        return context.SignInAsync(SchemeName, user, properties);
    }

    private const string FamilyItem = "peduli.family";
    private const string RefreshTokenItem = "peduli.refreshToken";

    protected override async Task HandleSignInAsync(ClaimsPrincipal user, AuthenticationProperties? properties)
    {
        properties ??= new AuthenticationProperties();
        var (family, refreshToken) = properties.Items.Remove(FamilyItem, out var rotated) && properties.Items.Remove(RefreshTokenItem, out var next)
            ? (Guid.Parse(rotated!), next!)
            : await StartFamilyAsync(user);
        ((ClaimsIdentity)user.Identity!).AddClaim(new Claim(FamilyClaim, family.ToString()));

        // What the bearer scheme itself writes at sign-in, so that scheme reads the access token back.
        var bearer = bearerOptions.Get(IdentityConstants.BearerScheme);
        properties.ExpiresUtc = TimeProvider.GetUtcNow() + bearer.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(user, properties, $"{IdentityConstants.BearerScheme}:AccessToken");
        Context.Response.Headers.CacheControl = "no-store";
        await Context.Response.WriteAsJsonAsync(new AccessTokenResponse
        {
            AccessToken = bearer.BearerTokenProtector.Protect(ticket),
            ExpiresIn = (long)bearer.BearerTokenExpiration.TotalSeconds,
            RefreshToken = refreshToken,
        });
    }

    protected override Task HandleSignOutAsync(AuthenticationProperties? properties) => Task.CompletedTask;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());

    // The principal Identity just made carries the account's id and security stamp: no need to read the account again.
    private async Task<(Guid, string)> StartFamilyAsync(ClaimsPrincipal user) =>
        await refreshTokens.StartAsync(
            Guid.Parse(users.GetUserId(user) ?? throw new InvalidOperationException("A signed-in principal names no account.")),
            user.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType) ?? throw new InvalidOperationException("A signed-in principal carries no security stamp."),
            Context.RequestAborted);
}
