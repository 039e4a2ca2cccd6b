using System.Net;
using System.Text.Json;
using Marketplace.Infrastructure.Identity;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Api;

/// <summary>
/// Refresh tokens rotate (each works once and answers the next), a reused one ends every token of its sign-in, and
/// signing out or changing the account's password ends them too (RFC 9700 §4.14.2).
/// </summary>
public sealed class TokenRefreshTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task ARefreshToken_AnswersANewPair_WhoseAccessTokenOpensMe()
    {
        var (_, signedIn) = await SignInAsync();

        var refreshed = await RefreshAsync(signedIn.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal("no-store", refreshed.Headers.CacheControl?.ToString());
        var pair = Pair(await refreshed.ReadJsonAsync());
        Assert.NotEqual(signedIn.RefreshToken, pair.RefreshToken);
        Assert.NotEqual(signedIn.AccessToken, pair.AccessToken);
        Assert.Equal(3600, pair.ExpiresIn);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", pair.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task AUsedRefreshToken_IsRefused_AndEndsEveryLaterTokenOfThatSignIn()
    {
        var (_, signedIn) = await SignInAsync();
        var next = Pair(await (await RefreshAsync(signedIn.RefreshToken)).ReadJsonAsync());

        var reused = await RefreshAsync(signedIn.RefreshToken);

        await AssertRefusedAsync(reused);
        await AssertRefusedAsync(await RefreshAsync(next.RefreshToken));
    }

    [Fact]
    public async Task AnotherSignIn_KeepsItsOwnTokens_WhenOneSignInsTokenIsReused()
    {
        var (email, first) = await SignInAsync();
        var second = Pair(await (await app.CreateClient().PostJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password })).ReadJsonAsync());
        await RefreshAsync(first.RefreshToken);
        await RefreshAsync(first.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(second.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task OneTokenUsedTwiceAtOnce_AnswersOnePair_AndEndsTheSignIn()
    {
        var (_, signedIn) = await SignInAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => RefreshAsync(signedIn.RefreshToken)));

        var granted = answers.Where(answer => answer.StatusCode == HttpStatusCode.OK).ToList();
        Assert.Single(granted);
        Assert.All(answers.Except(granted), answer => Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode));
        await AssertRefusedAsync(await RefreshAsync(Pair(await granted[0].ReadJsonAsync()).RefreshToken));
    }

    [Fact]
    public async Task SigningOut_EndsTheRefreshToken()
    {
        var (_, signedIn) = await SignInAsync();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", signedIn.AccessToken);

        var signedOut = await client.PostAsync("/api/v1/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        await AssertRefusedAsync(await RefreshAsync(signedIn.RefreshToken));
    }

    [Fact]
    public async Task SigningOut_WithoutAToken_AnswersUnauthorized()
    {
        var response = await app.CreateClient().PostAsync("/api/v1/auth/logout", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ANewPassword_EndsTheRefreshTokensIssuedBefore()
    {
        var (email, signedIn) = await SignInAsync();
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(email))!);
        }

        await AssertRefusedAsync(await RefreshAsync(signedIn.RefreshToken));
    }

    [Theory]
    [InlineData("bukan-token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("%%%")]
    public async Task ATokenWeDidNotMake_IsRefused(string token) =>
        await AssertRefusedAsync(await RefreshAsync(token));

    [Fact]
    public async Task AMissingToken_AnswersBadRequestNamingIt()
    {
        var response = await app.CreateClient().PostJsonAsync("/api/v1/auth/refresh", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("refreshToken", out _));
    }

    private async Task<(string Email, TokenPair Pair)> SignInAsync()
    {
        var email = $"refresh-{Guid.NewGuid():N}@contoh.id";
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email, password = Accounts.Password, role = "family", fullName = "Uji Token" }))
            .EnsureSuccessStatusCode();
        await app.ConfirmEmailAsync(email);
        var response = await app.CreateClient().PostJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password });
        response.EnsureSuccessStatusCode();
        return (email, Pair(await response.ReadJsonAsync()));
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        app.CreateClient().PostJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False((await response.ReadJsonAsync()).TryGetProperty("accessToken", out _));
    }

    private static TokenPair Pair(JsonElement answer) => new(
        answer.GetProperty("accessToken").GetString()!, answer.GetProperty("refreshToken").GetString()!, answer.GetProperty("expiresIn").GetInt64());

    private sealed record TokenPair(string AccessToken, string RefreshToken, long ExpiresIn);
}
