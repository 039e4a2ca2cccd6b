using System.Net;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// A deployment served over HTTPS at its public address: a page asked over plain http is redirected and the API
/// refused (a client must not learn of its mistake only after sending its token in clear), HTTPS answers tell the browser
/// never to use http again (HSTS), a proxy's word on the scheme counts only from a configured proxy, and the address
/// of anything created is on the public address, not on the host the request named.
/// </summary>
public sealed class PublicSiteTests(PublicSiteFactory app) : IClassFixture<PublicSiteFactory>
{
    [Fact]
    public async Task ACreatedThing_IsLocatedOnThePublicAddress_NotOnTheRequestsHost()
    {
        var (family, _) = await app.NewFamilyAsync();

        using var created = await family.PostJsonAsync("/api/v1/families/me/recipients", TestBookings.RecipientNearGowa());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!;
        Assert.Equal(PublicSiteFactory.PublicUrl, location.GetLeftPart(UriPartial.Authority));
        Assert.StartsWith("/api/v1/recipients/", location.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await family.GetAsync(location.PathAndQuery)).StatusCode);
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/api/docs/")]
    public async Task APageAskedOverPlainHttp_IsRedirectedToHttps(string path)
    {
        using var response = await PlainHttpClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(new Uri("https://localhost" + path), response.Headers.Location);
    }

    [Theory]
    [InlineData("GET", "/api/v1/skills")]
    [InlineData("POST", "/api/v1/auth/login")]
    public async Task TheApiAskedOverPlainHttp_IsRefused_NotRedirected(string method, string path)
    {
        using var response = await PlainHttpClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("HTTPS only", (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnHttpsAnswer_TellsTheBrowserToUseHttpsForAYear()
    {
        using var response = await app.CreateClient().GetAsync(new Uri(PublicSiteFactory.PublicUrl + "/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", SecurityHeaderCheck.Header(response, "Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("203.0.113.9", StatusCodes.Status307TemporaryRedirect)]
    [InlineData(PublicSiteFactory.KnownProxy, StatusCodes.Status200OK)]
    [InlineData("198.51.100.7", StatusCodes.Status200OK)]
    public async Task AForwardedScheme_IsBelievedOnlyFromAConfiguredProxy(string sender, int expected)
    {
        var context = await app.Server.SendAsync(request =>
        {
            request.Request.Method = HttpMethods.Get;
            request.Request.Scheme = "http";
            request.Request.Host = new HostString("peduli.example");
            request.Request.Path = "/search";
            request.Request.Headers["X-Forwarded-Proto"] = "https";
            request.Connection.RemoteIpAddress = IPAddress.Parse(sender);
        });

        Assert.Equal(expected, context.Response.StatusCode);
    }

    private HttpClient PlainHttpClient() =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });
}
