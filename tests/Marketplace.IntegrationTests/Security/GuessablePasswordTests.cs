using System.Net;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;

namespace Marketplace.IntegrationTests.Security;

/// <summary>A password on the lists attackers try first is refused at sign-up, on the API and on the page, saying why.</summary>
public sealed class GuessablePasswordTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Theory]
    [InlineData("12345678")]
    [InlineData("password123")]
    public async Task ACommonPassword_IsRefusedAtSignUp(string password)
    {
        var email = $"family-{Guid.NewGuid():N}@contoh.id";

        var response = await app.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email, password, role = "family", fullName = "Uji Sandi" });

        await HasError(response, "password");
        var page = await app.NewPageClient().PostFormAsync("/account/register", "/account/register", new()
        {
            ["Email"] = email, ["Password"] = password, ["FullName"] = "Uji Sandi", ["Role"] = "family",
        });
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("terlalu mudah ditebak", html, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*id=\"Password\"[^>]*aria-invalid=\"true\"", html);
    }
}
