using System.Net;
using System.Text.RegularExpressions;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.PasswordReset;

/// <summary>A forgotten password: asked for by address, answered alike for every address, chosen anew with the emailed link once.</summary>
public abstract partial class PasswordResetTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private const string NewPassword = "pohon mangga di halaman";

    [Fact]
    public async Task AnAddressWithAnAccount_AndOneWithout_GetTheSameAnswer_AndOnlyTheAccountGetsALink()
    {
        var (email, _) = await NewFamilyAsync();
        var nobody = $"tidak-ada-{Guid.NewGuid():N}@contoh.id";

        var known = await app.CreateClient().PostJsonAsync("/api/v1/auth/password-reset", new { email });
        var unknown = await app.CreateClient().PostJsonAsync("/api/v1/auth/password-reset", new { email = nobody });

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (known.StatusCode, unknown.StatusCode));
        Assert.Equal(
            (await known.Content.ReadAsStringAsync()).Replace(email, "ADDRESS", StringComparison.Ordinal),
            (await unknown.Content.ReadAsStringAsync()).Replace(nobody, "ADDRESS", StringComparison.Ordinal));
        Assert.Equal(email, (await ResetLinkAsync(email)).Email);
        Assert.Empty(app.MailTo(nobody));
    }

    [Fact]
    public async Task TheLink_SetsANewPassword_Once_EndsTheOldOne_AndTellsTheOwner()
    {
        var (email, _) = await NewFamilyAsync();
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/password-reset", new { email = email.ToUpperInvariant() })).EnsureSuccessStatusCode();
        var (linkEmail, token) = await ResetLinkAsync(email);
        Assert.Equal(email, linkEmail);

        var reset = await app.CreateClient().PostJsonAsync("/api/v1/auth/password-reset/confirm", new { email, token, newPassword = NewPassword });
        var again = await app.CreateClient().PostJsonAsync("/api/v1/auth/password-reset/confirm", new { email, token, newPassword = "pisang goreng hangat pagi" });

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.True((await again.ReadJsonAsync()).GetProperty("errors").TryGetProperty("token", out _));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(email, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(email, Accounts.Password)).StatusCode);
        await app.EmailToAsync(email, "baru saja diganti");
    }

    [Fact]
    public async Task AWrongToken_AGuessablePassword_OrAnotherAccountsToken_ChangeNothing()
    {
        var (email, _) = await NewFamilyAsync();
        var (other, _) = await NewFamilyAsync();
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/password-reset", new { email = other })).EnsureSuccessStatusCode();
        var (_, othersToken) = await ResetLinkAsync(other);
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/password-reset", new { email })).EnsureSuccessStatusCode();
        var (_, token) = await ResetLinkAsync(email);

        var wrong = await app.CreateClient().PostJsonAsync("/api/v1/auth/password-reset/confirm", new { email, token = "bukan-token", newPassword = NewPassword });
        var borrowed = await app.CreateClient().PostJsonAsync("/api/v1/auth/password-reset/confirm", new { email, token = othersToken, newPassword = NewPassword });
        var guessable = await app.CreateClient().PostJsonAsync("/api/v1/auth/password-reset/confirm", new { email, token, newPassword = "password123" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, borrowed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, guessable.StatusCode);
        Assert.True((await guessable.ReadJsonAsync()).GetProperty("errors").TryGetProperty("newPassword", out _));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(email, Accounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(other, Accounts.Password)).StatusCode);
    }

    [Fact]
    public async Task OnThePages_APersonAsks_FollowsTheLink_ChoosesAPassword_AndIsSentToSignIn()
    {
        var (email, _) = await NewFamilyAsync();
        var pages = app.NewPageClient();

        var asked = await pages.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("data-testid=\"check-email\"", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (linkEmail, token) = await ResetLinkAsync(email);
        var link = $"/account/reset-password?email={Uri.EscapeDataString(linkEmail)}&token={Uri.EscapeDataString(token)}";

        Assert.DoesNotContain("href=\"/account/forgot-password\"", await pages.GetStringAsync(link), StringComparison.Ordinal);
        var wrongLink = await pages.PostFormAsync(link, "/account/reset-password", new() { ["Email"] = linkEmail, ["Token"] = "bukan-token", ["NewPassword"] = NewPassword });
        Assert.Contains("href=\"/account/forgot-password\"", await wrongLink.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var tooShort = await pages.PostFormAsync(link, "/account/reset-password", new() { ["Email"] = linkEmail, ["Token"] = token, ["NewPassword"] = "pendek" });
        var chosen = await pages.PostFormAsync(link, "/account/reset-password", new() { ["Email"] = linkEmail, ["Token"] = token, ["NewPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("NewPassword-error", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/account/login"), (chosen.StatusCode, chosen.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(email, NewPassword)).StatusCode);
    }

    private async Task<(string Email, HttpClient Client)> NewFamilyAsync()
    {
        var family = await app.NewAccountAsync("family");
        var email = (await (await family.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString()!;
        return (email, family);
    }

    /// <summary>The address and token of the latest reset link emailed to <paramref name="email"/>.</summary>
    private async Task<(string Email, string Token)> ResetLinkAsync(string email)
    {
        var body = await app.EmailToAsync(email, "/account/reset-password?");
        var link = ResetLink().Matches(body).Last();
        return (Uri.UnescapeDataString(link.Groups["email"].Value), Uri.UnescapeDataString(link.Groups["token"].Value));
    }

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        app.CreateClient().PostJsonAsync("/api/v1/auth/login", new { email, password });

    [GeneratedRegex(@"/account/reset-password\?email=(?<email>[^&\s]+)&token=(?<token>\S+)")]
    private static partial Regex ResetLink();
}

public sealed class PasswordResetOnSqlite(SqliteAppFactory app) : PasswordResetTests<SqliteAppFactory>(app);

public sealed class PasswordResetOnPostgres(PostgresAppFactory app) : PasswordResetTests<PostgresAppFactory>(app);
