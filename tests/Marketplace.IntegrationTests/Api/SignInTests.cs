using System.Net;
using System.Text;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;

namespace Marketplace.IntegrationTests.Api;

public sealed class SignInTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Login_AsTheConfiguredAdmin_ReturnsABearerTokenThatOpensMe()
    {
        var client = app.CreateClient();
        var response = await client.PostJsonAsync("/api/v1/auth/login",
            new { email = MarketplaceAppFactory.AdminEmail, password = MarketplaceAppFactory.AdminPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.ReadJsonAsync();
        Assert.True(token.GetProperty("expiresIn").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(token.GetProperty("refreshToken").GetString()));

        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var me = await (await client.GetAsync("/api/v1/me")).ReadJsonAsync();
        Assert.Equal(["admin"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task AnAddressWithAnApostrophe_SignsUp_AndSignsIn_WithSpacesAround_OnTheApiAndThePages()
    {
        var email = $"o'neil.uji.{Guid.NewGuid():N}@example.test";
        var registered = await app.CreateClient().PostJsonAsync("/api/v1/auth/register",
            new { email = $"  {email} ", password = Accounts.Password, role = "family", fullName = "O'Neil" });
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        await app.ConfirmEmailAsync(email);

        var signedIn = await app.CreateClient().PostJsonAsync("/api/v1/auth/login", new { email = $" {email.ToUpperInvariant()}  ", password = Accounts.Password });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);

        var pages = await app.SignInOnPagesAsync($" {email} ", Accounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Me_WithoutSigningIn_AnswersUnauthorizedProblem()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("{}", new[] { "email", "password" })]
    [InlineData("""{"email":["x"],"password":"panjang sekali"}""", new[] { "email" })]
    [InlineData("""{"email":"admin@peduli.test","password":""", new[] { "$" })]
    public async Task Login_WithBadInput_AnswersBadRequestNamingTheFields(string body, string[] fields)
    {
        var response = await app.CreateClient().PostAsync("/api/v1/auth/login", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.All(fields, field => Assert.True(HasError(errors, field), $"no error for '{field}' in {errors}"));
    }

    [Fact]
    public async Task Login_WithATooLongPassword_AnswersBadRequest()
    {
        var response = await app.CreateClient().PostJsonAsync("/api/v1/auth/login",
            new { email = MarketplaceAppFactory.AdminEmail, password = new string('x', 129) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ManyWrongPasswords_NeverLockTheAccount_ForItsOwner()
    {
        // Throttling the guessing client is RateLimitTests' business; here its limit is lifted, as an attacker
        // with many addresses would have it, and the account itself must stay open to its owner.
        var client = app.CreateClient();
        var email = $"lockout-{Guid.NewGuid():N}@contoh.id";
        (await client.PostJsonAsync("/api/v1/auth/register", new { email, password = "yang benar sekali", role = "family", fullName = "Rini" })).EnsureSuccessStatusCode();
        await app.ConfirmEmailAsync(email, "yang benar sekali");

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostJsonAsync("/api/v1/auth/login", new { email, password = "yang salah sekali" })).StatusCode);
        }

        var right = await client.PostJsonAsync("/api/v1/auth/login", new { email, password = "yang benar sekali" });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }
}
