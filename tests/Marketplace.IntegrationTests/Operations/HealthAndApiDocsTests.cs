using System.Net;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Operations;

public sealed class HealthAndApiDocsTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Health_AnswersHealthy()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await response.ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_ChecksTheDatabase()
    {
        var response = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = (await response.ReadJsonAsync()).GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/api/v1/auth/register")]
    [InlineData("/api/v1/auth/login")]
    [InlineData("/api/v1/me")]
    [InlineData("/api/v1/skills")]
    [InlineData("/api/v1/languages")]
    [InlineData("/api/v1/caregivers/me")]
    [InlineData("/api/v1/caregivers/{id}")]
    public async Task TheOpenApiDocument_DescribesTheContractPaths(string path)
    {
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ReadJsonAsync();

        Assert.True(document.GetProperty("paths").TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
    }

    [Fact]
    public async Task TheApiReferencePage_IsServed()
    {
        var response = await app.CreateClient().GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Peduli API", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDocument_IsBuiltOnce_AndServedFromTheCache_WithTheSecurityHeaders()
    {
        var client = app.CreateClient();
        var first = await client.GetAsync("/openapi/v1.json");
        var again = await client.GetAsync($"/openapi/v1.json?nocache={Guid.NewGuid():N}");
        var withCredentials = app.CreateClient();
        withCredentials.DefaultRequestHeaders.Authorization = new("Bearer", "bukan-token");
        var withJunkToken = await withCredentials.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotNull(again.Headers.Age);
        Assert.NotNull(withJunkToken.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", again.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
