using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marketplace.TestSupport;

/// <summary>
/// A browser's conversation with the pages, without a browser: a cookie signed in through the sign-in form,
/// and forms posted with the antiforgery token the page gave.
/// </summary>
public static partial class PageSessions
{
    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient NewPageClient(this MarketplaceAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through <c>/account/login</c> and returns the client holding the sign-in cookie.</summary>
    public static async Task<HttpClient> SignInOnPagesAsync(this MarketplaceAppFactory app, string email, string password)
    {
        var client = app.NewPageClient();
        var response = await client.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} on the pages answered {(int)response.StatusCode}.");
        }

        return client;
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the antiforgery token of the page at <paramref name="formPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        var token = await AntiforgeryTokenAsync(client, formPage);
        var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.PostAsync(action, content);
    }

    /// <summary>The antiforgery token of the first form on the page.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return TokenField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"The page {page} has no antiforgery token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
