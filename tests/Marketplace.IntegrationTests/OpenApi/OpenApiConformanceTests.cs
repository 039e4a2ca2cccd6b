using System.Net;
using System.Text;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.OpenApi;

/// <summary>
/// The checker every API test's answers pass through (<see cref="OpenApiConformance"/>) finds answers the document
/// does not describe: a body against its schema, a status not declared, a 201 without its Location.
/// </summary>
public sealed class OpenApiConformanceTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task ABodyUnlikeItsSchema_IsFound_NamingTheMember()
    {
        var faults = await CheckAsync("GET", "/api/v1/me", HttpStatusCode.OK, """{"id": 5, "email": "a@contoh.id", "fullName": "A", "roles": ["family"]}""");

        Assert.Contains(faults, fault => fault.Contains("/id", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStatusTheOperationDoesNotDeclare_IsFound()
    {
        var faults = await CheckAsync("GET", "/api/v1/me", HttpStatusCode.Gone, """{"title": "Gone", "status": 410}""", "application/problem+json");

        Assert.Contains(faults, fault => fault.Contains("declares no 410", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACreatedAnswerWithoutItsLocation_IsFound()
    {
        var faults = await CheckAsync("POST", "/api/v1/caregivers/me/certificates", HttpStatusCode.Created, "{}");

        Assert.Contains(faults, fault => fault.Contains("without its Location", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAnswerInAnotherMediaType_IsFound()
    {
        var faults = await CheckAsync("GET", "/api/v1/skills", HttpStatusCode.OK, "slug,name", "text/csv");

        Assert.Contains(faults, fault => fault.Contains("answered text/csv", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<string>> CheckAsync(string method, string path, HttpStatusCode status, string body, string mediaType = "application/json")
    {
        using var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        return await (await app.ConformanceAsync()).CheckAsync(method, path, response);
    }
}
