using System.Net;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// The Host header is the client's to write, so the site answers only for the hosts it is configured for
/// (<c>AllowedHosts</c>) and builds no address from what a request says its host is: a redirect to a page of the
/// site is a relative path, and a forwarded host is not believed.
/// </summary>
public sealed class HostHeaderTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Theory]
    [InlineData("/account")]
    [InlineData("/api/v1/me")]
    [InlineData("/")]
    public async Task AHostTheSiteDoesNotServe_IsRefused_AndNeverRedirectedTo(string path)
    {
        using var response = await app.NewPageClient().GetAsync(new Uri(new Uri("http://evil.example"), path));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/account", "/account/login?ReturnUrl=%2Faccount")]
    [InlineData("/bookings?status=requested", "/account/login?ReturnUrl=%2Fbookings%3Fstatus%3Drequested")]
    public async Task TheSignInRedirect_IsARelativePath_WhateverHostIsForwarded(string path, string signIn)
    {
        var client = app.NewPageClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil.example");

        using var response = await client.GetAsync(new Uri(new Uri("http://127.0.0.1"), path));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(signIn, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheRefusalRedirect_IsARelativePath()
    {
        var (family, _) = await app.NewFamilyAsync();
        var pages = await app.OnPagesAsync(family);

        using var response = await pages.GetAsync("/admin/verification");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/error/403", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
