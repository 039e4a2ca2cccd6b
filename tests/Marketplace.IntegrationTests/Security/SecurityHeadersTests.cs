using System.Net;
using System.Text.RegularExpressions;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// Every answer the app gives carries the security headers (<see cref="SecurityHeaderCheck"/>): each endpoint and
/// page of the authorization matrix, sent by each of its users, whatever it answers (200, 201, a redirect, 400,
/// 401, 403, 404, 409, the error page), and the framework's own status answers. Only static files may be cached.
/// </summary>
public sealed partial class SecurityHeadersTests(MatrixApp<SqliteAppFactory> fixture) : IClassFixture<MatrixApp<SqliteAppFactory>>
{
    private MarketplaceAppFactory App => fixture.App;

    [Fact]
    public async Task EveryAnswer_OfEveryEndpointAndPage_ToEveryUser_CarriesTheSecurityHeaders()
    {
        var world = fixture.World;
        var failures = new List<string>();
        foreach (var row in ApiMatrixRows.Rows().Concat(PageMatrixRows.Rows()))
        {
            var url = row.Url(world);
            foreach (var who in Enum.GetValues<Who>())
            {
                var (client, token) = await SessionAsync(world, row, who);
                using var response = await MatrixRequests.SendAsync(row, url, client, world, token);
                var problems = await SecurityHeaderCheck.ProblemsAsync(response, mayBeCached: IsApiReferenceFile(response));
                failures.AddRange(problems.Select(problem => $"{row.Method} {url} as {who} ({(int)response.StatusCode}): {problem}"));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} answers lack a security header:\n" + string.Join("\n", failures));
    }

    [Theory]
    [InlineData("GET", "/api/v1/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/v1/me", HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/api/v1/search/caregivers?lat=north&lon=119.4327&radiusKm=10", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/v1/auth/login", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("DELETE", "/api/v1/skills", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("GET", "/bookings/00000000-0000-0000-0000-000000000001", HttpStatusCode.Found)]
    [InlineData("GET", "/error", HttpStatusCode.InternalServerError)]
    public async Task ProblemAnswers_AndTheFrameworksOwnStatusAnswers_CarryTheHeadersToo(string method, string url, HttpStatusCode expected)
    {
        using var response = await App.NewPageClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(await SecurityHeaderCheck.ProblemsAsync(response));
    }

    [Fact]
    public async Task AnythingCreated_IsAnsweredWithTheHeaders_AndKeptOutOfCaches()
    {
        var (family, _) = await App.NewFamilyAsync();

        using var created = await family.PostJsonAsync("/api/v1/families/me/recipients", TestBookings.RecipientNearGowa());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Empty(await SecurityHeaderCheck.ProblemsAsync(created));
    }

    [Theory]
    [InlineData("/css/site.css?v=abc", "public, max-age=31536000, immutable")]
    [InlineData("/css/site.css", "no-cache")]
    public async Task StaticFiles_MayBeCached_AndStillCarryTheHeaders(string url, string cacheControl)
    {
        using var response = await App.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(cacheControl, response.Headers.CacheControl?.ToString());
        Assert.Empty(await SecurityHeaderCheck.ProblemsAsync(response, mayBeCached: true));
    }

    [Fact]
    public async Task TheApiReference_RunsOnlyScriptsCarryingThisAnswersNonce()
    {
        var client = App.CreateClient();

        using var first = await client.GetAsync("/api/docs/");
        using var second = await client.GetAsync("/api/docs/");

        var nonce = NonceOf(first);
        Assert.NotEqual(nonce, NonceOf(second));
        var scripts = ScriptTag().Matches(await first.Content.ReadAsStringAsync());
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.Contains($"nonce=\"{nonce}\"", script.Value, StringComparison.Ordinal));
        Assert.Empty(await SecurityHeaderCheck.ProblemsAsync(first));
        using var bundle = await client.GetAsync("/api/docs/scalar.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Empty(await SecurityHeaderCheck.ProblemsAsync(bundle, mayBeCached: true));
    }

    /// <summary>The API reference's own files (its scripts and icon, not its page) hold no one's data: browsers keep them and check their ETag.</summary>
    private static bool IsApiReferenceFile(HttpResponseMessage response) =>
        response.RequestMessage!.RequestUri!.AbsolutePath is var path && path.StartsWith("/api/docs/", StringComparison.Ordinal) && Path.HasExtension(path);

    /// <summary>The nonce the answer's policy allows scripts by; it fails the test when there is none.</summary>
    private static string NonceOf(HttpResponseMessage response)
    {
        var scripts = SecurityHeaderCheck.Directives(SecurityHeaderCheck.Header(response, "Content-Security-Policy"))["script-src"];
        var nonce = Assert.Single(scripts, source => source.StartsWith("'nonce-", StringComparison.Ordinal));
        return nonce["'nonce-".Length..^1];
    }

    /// <summary>The user's client for the row and its antiforgery token, as the authorization matrix sends them.</summary>
    private static async Task<(HttpClient Client, string? Token)> SessionAsync(MatrixWorld world, MatrixRow row, Who who)
    {
        if (!row.OnPages)
        {
            return (world.Api(who), null);
        }

        if (!row.EndsTheSession)
        {
            return (world.Pages(who), world.Token(who));
        }

        var session = await world.NewPageSessionAsync(who);
        return (session, await session.AntiforgeryTokenAsync("/"));
    }

    [GeneratedRegex("<script\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();
}
