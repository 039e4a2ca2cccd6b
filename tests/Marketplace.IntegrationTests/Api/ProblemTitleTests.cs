using System.Net;
using System.Text;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.WebUtilities;

namespace Marketplace.IntegrationTests.Api;

/// <summary>
/// Every refusal of the API is said in the caller's language, the bare ones too: a 401 from the bearer
/// handler, a 403 from a role, a 404 from routing, a 405, a 415 and a failed sign-in never fall back to the
/// framework's English reason phrase.
/// </summary>
public sealed class ProblemTitleTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    public static TheoryData<string> Refusals => ["401", "403", "404", "405", "415", "sign-in"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ARefusal_IsTitledInIndonesian_ForAnIndonesianCaller(string refusal)
    {
        var response = await SendAsync(refusal);

        var problem = await response.ReadJsonAsync();
        var title = problem.GetProperty("title").GetString();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(ReasonPhrases.GetReasonPhrase((int)response.StatusCode), title);
        Assert.DoesNotContain("Sign-in", problem.ToString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(string refusal)
    {
        var family = refusal == "403" ? await app.NewAccountAsync("family") : app.CreateClient();
        family.DefaultRequestHeaders.AcceptLanguage.Clear();
        family.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id");
        return refusal switch
        {
            "401" => await family.GetAsync("/api/v1/me"),
            "403" => await family.GetAsync("/api/v1/admin/outbox/dead-letters"),
            "404" => await family.GetAsync("/api/v1/nothing-here"),
            "405" => await family.DeleteAsync("/api/v1/auth/login"),
            "415" => await family.PostAsync("/api/v1/auth/login", new StringContent("x", Encoding.UTF8, "text/plain")),
            _ => await family.PostJsonAsync("/api/v1/auth/login", new { email = "tidak.ada@peduli.test", password = "salah sekali" }),
        };
    }
}
