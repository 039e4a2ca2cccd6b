using System.Net;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// Every cookie the site sets (antiforgery, sign-in, language) is out of scripts' reach (HttpOnly), not sent along
/// with another site's requests (SameSite), and sent only over HTTPS: always on a site whose public address is https,
/// and on any site whenever the request itself came over HTTPS. On an https site the sign-in and antiforgery cookies
/// are <c>__Host-</c> cookies, which a browser keeps for this host alone.
/// </summary>
public sealed class SecureCookieTests(SqliteAppFactory localSite, PublicSiteFactory publicSite)
    : IClassFixture<SqliteAppFactory>, IClassFixture<PublicSiteFactory>
{
    [Fact]
    public async Task OnAnHttpsSite_EveryCookie_IsSecureOnly_HttpOnly_AndSameSite()
    {
        var cookies = await CookiesOfAVisitAsync(publicSite, "https://localhost");

        Assert.Equal(3, cookies.Count);
        Assert.All(cookies, cookie => Assert.Equal(["httponly", "secure"], Flags(cookie)));
        Assert.All(cookies, cookie => Assert.Matches("(?i)samesite=(lax|strict)", cookie));
        Assert.All(cookies, cookie => Assert.Matches("(?i); path=/(;|$)", cookie));
        Assert.Contains(cookies, cookie => cookie.StartsWith("__Host-peduli.auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, cookie => cookie.StartsWith("__Host-.AspNetCore.Antiforgery.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverHttps_EvenASiteServedOverHttp_SetsSecureOnlyCookies()
    {
        var cookies = await CookiesOfAVisitAsync(localSite, "https://localhost");

        Assert.Equal(3, cookies.Count);
        Assert.All(cookies, cookie => Assert.Equal(["httponly", "secure"], Flags(cookie)));
    }

    [Fact]
    public async Task OverPlainHttp_OnASiteServedOverHttp_CookiesStillWork_WithoutTheSecureFlag()
    {
        var cookies = await CookiesOfAVisitAsync(localSite, "http://localhost");

        Assert.Equal(3, cookies.Count);
        Assert.All(cookies, cookie => Assert.Equal(["httponly"], Flags(cookie)));
        Assert.All(cookies, cookie => Assert.Matches("(?i)samesite=(lax|strict)", cookie));
    }

    /// <summary>The Set-Cookie headers of a visit: the sign-in form (antiforgery), signing in, and choosing English.</summary>
    private static async Task<List<string>> CookiesOfAVisitAsync(MarketplaceAppFactory app, string baseAddress)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });
        var cookies = new List<string>();
        using var form = await client.GetAsync("/account/login");
        cookies.AddRange(form.Headers.GetValues("Set-Cookie"));
        using var signIn = await client.PostFormAsync(
            "/account/login", "/account/login", new() { ["Email"] = MarketplaceAppFactory.AdminEmail, ["Password"] = MarketplaceAppFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        cookies.AddRange(signIn.Headers.GetValues("Set-Cookie"));
        using var language = await client.PostFormAsync("/", "/culture", new() { ["culture"] = "en", ["returnUrl"] = "/" });
        Assert.Equal(HttpStatusCode.Redirect, language.StatusCode);
        cookies.AddRange(language.Headers.GetValues("Set-Cookie"));
        return cookies;
    }

    /// <summary>The valueless attributes of a Set-Cookie header, in order: <c>secure</c>, <c>httponly</c>.</summary>
    private static string[] Flags(string cookie) =>
        [.. cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Where(part => !part.Contains('=')).Select(part => part.ToLowerInvariant()).Order()];
}
