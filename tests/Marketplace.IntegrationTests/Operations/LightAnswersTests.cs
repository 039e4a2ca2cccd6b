using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Operations;

/// <summary>
/// Answers are light on a phone's network: compressed with what the client accepts (Brotli or gzip), except where
/// compression could give a signed-in person's data away (BREACH, docs/security.md); and the site's icon is served
/// and kept by the browser.
/// </summary>
public sealed class LightAnswersTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Theory]
    [InlineData("br", "/css/site.css", "--brand")]
    [InlineData("gzip", "/css/site.css", "--brand")]
    [InlineData("br", "/", "<html")]
    [InlineData("gzip", "/search", "<html")]
    [InlineData("br", "/api/v1/skills", "elder-care")]
    [InlineData("gzip", "/api/v1/no-such-thing", "\"status\":404")]
    [InlineData("br", "/favicon.svg", "<svg")]
    public async Task AnAnswer_IsCompressedWithTheEncodingTheClientAccepts_ALargeOneToLessThanItWas(string encoding, string path, string expected)
    {
        using var response = await app.CreateClient().SendAsync(Asking(path, encoding));

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        var text = Decoded(encoding, compressed);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        // A problem of a hundred bytes gains nothing from it (gzip's own header is 18 bytes); a page or a style sheet does.
        var plain = Encoding.UTF8.GetByteCount(text);
        Assert.True(plain < 1024 || compressed.Length < plain / 2, $"{compressed.Length} bytes compressed from {plain}");
    }

    [Fact]
    public async Task AClientThatAcceptsNoEncoding_GetsThePlainAnswer()
    {
        using var response = await app.CreateClient().GetAsync("/css/site.css");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("--brand", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("same-origin", true)]
    [InlineData("none", true)]
    [InlineData("cross-site", false)]
    [InlineData("same-site", false)]
    [InlineData(null, false)]
    public async Task ASignedInPage_IsCompressedOnlyWhenTheSiteOrThePersonAskedForIt(string? fetchSite, bool compressed)
    {
        var api = await app.NewAccountAsync("family");
        var pages = await app.OnPagesAsync(api);
        var request = Asking("/account", "br");
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        using var response = await pages.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(compressed, response.Content.Headers.ContentEncoding.Contains("br"));
    }

    [Fact]
    public async Task TheApi_WithABearerToken_IsCompressed_WhoeverAsked()
    {
        var family = await app.NewAccountAsync("family");
        var request = Asking("/api/v1/me", "gzip");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await family.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task EveryPage_LinksTheIcons_AndTheSvgIconIsKeptForAYear()
    {
        var client = app.CreateClient();
        var home = await client.GetStringAsync("/");
        var svg = System.Text.RegularExpressions.Regex.Match(home, "<link rel=\"icon\" href=\"(/favicon\\.svg\\?v=[^\"]+)\" type=\"image/svg\\+xml\"");
        Assert.True(svg.Success, "the layout links no versioned SVG icon");
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\"", home, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"apple-touch-icon\" href=\"/apple-touch-icon.png?v=", home, StringComparison.Ordinal);

        using var icon = await client.GetAsync(svg.Groups[1].Value);

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", icon.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/apple-touch-icon.png", "image/png")]
    public async Task TheIconsBrowsersAskForByName_AreServed_AndKeptForAWeek(string path, string type)
    {
        using var icon = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal(type, icon.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(7), icon.Headers.CacheControl?.MaxAge);
        Assert.True(icon.Headers.CacheControl?.Public);
        Assert.NotEmpty(await icon.Content.ReadAsByteArrayAsync());
    }

    private static HttpRequestMessage Asking(string path, string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return request;
    }

    private static string Decoded(string encoding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
