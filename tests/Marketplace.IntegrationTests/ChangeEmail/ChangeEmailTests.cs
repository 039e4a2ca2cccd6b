using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Application.Notifications.Delivery;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.ChangeEmail;

/// <summary>
/// A new address for an account: asked for with the password, answered alike whether or not the address has an account,
/// made by the link mailed to the new address, once; the old address is told before and after.
/// </summary>
public abstract partial class ChangeEmailTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    // Phrases of the Indonesian emails (the test accounts read Indonesian).
    private const string RequestedNotice = "meminta agar alamat emailnya diganti menjadi";
    private const string ChangedNotice = "sudah diganti menjadi";
    private const string TakenNote = "meminta agar akun itu dipindah ke alamat ini";

    [Fact]
    public async Task TheLink_MovesTheAccount_AndTheOldAddressIsToldBeforeAndAfter_WithTheNewOneMasked()
    {
        var (email, family) = await NewFamilyAsync();
        var newEmail = $"baru-{Guid.NewGuid():N}@contoh.id";

        var asked = await family.PostJsonAsync("/api/v1/accounts/me/email", new { newEmail = $" {newEmail} ", password = Accounts.Password });

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.Equal(newEmail, (await asked.ReadJsonAsync()).GetProperty("newEmail").GetString());
        var requested = await app.EmailToAsync(email, RequestedNotice);
        Assert.Contains("b***@contoh.id", requested, StringComparison.Ordinal);
        Assert.Contains("http://localhost/account/forgot-password", requested, StringComparison.Ordinal);
        Assert.DoesNotContain(newEmail, requested, StringComparison.Ordinal);
        var link = await ChangeLinkAsync(newEmail);

        var changed = await app.CreateClient().PostJsonAsync("/api/v1/auth/email-change/confirm", new { userId = link.User, newEmail = link.Email, token = link.Token });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        var signedIn = await app.CreateClient().SignInAsync(newEmail, Accounts.Password);
        Assert.Equal(newEmail, (await (await signedIn.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(email, Accounts.Password)).StatusCode);
        var told = await app.EmailToAsync(email, ChangedNotice);
        Assert.Contains("b***@contoh.id", told, StringComparison.Ordinal);
        Assert.DoesNotContain(newEmail, told, StringComparison.Ordinal);

        // The account's emails go to its new address now.
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/password-reset", new { email = newEmail })).EnsureSuccessStatusCode();
        await app.EmailToAsync(newEmail, "/account/reset-password?");
    }

    [Fact]
    public async Task AWrongPassword_AnAddressThatIsNotOne_AndTheSameAddress_AreRefusedByName_AndNothingIsSent()
    {
        var (email, family) = await NewFamilyAsync();
        var userId = (await (await family.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("id").GetString()!;
        var newEmail = $"baru-{Guid.NewGuid():N}@contoh.id";

        var wrong = await family.PostJsonAsync("/api/v1/accounts/me/email", new { newEmail, password = "bukan kata sandinya" });
        var notAnAddress = await family.PostJsonAsync("/api/v1/accounts/me/email", new { newEmail = "bukan-email", password = Accounts.Password });
        var same = await family.PostJsonAsync("/api/v1/accounts/me/email", new { newEmail = email.ToUpperInvariant(), password = Accounts.Password });
        var anonymous = await app.CreateClient().PostJsonAsync("/api/v1/accounts/me/email", new { newEmail, password = Accounts.Password });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(["password"], Fields(await wrong.ReadJsonAsync()));
        Assert.Equal(["newEmail"], Fields(await notAnAddress.ReadJsonAsync()));
        Assert.Equal(["newEmail"], Fields(await same.ReadJsonAsync()));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.False(await OutboxHoldsAsync(userId));

        var pages = await app.OnPagesAsync(family);
        var onThePage = await pages.PostFormAsync("/account/email", "/account/email", new() { ["NewEmail"] = newEmail, ["Password"] = "bukan kata sandinya" });
        Assert.Equal(HttpStatusCode.BadRequest, onThePage.StatusCode);
        Assert.Contains("Ini bukan kata sandi akun Anda.", await onThePage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await OutboxHoldsAsync(userId));
    }

    [Fact]
    public async Task AnAddressWithAnAccount_GetsTheSameAnswerAsAFreeOne_AndItsOwnerANote_AndNothingChanges()
    {
        var (email, family) = await NewFamilyAsync();
        var (taken, _) = await NewFamilyAsync();
        var free = $"baru-{Guid.NewGuid():N}@contoh.id";

        var forTaken = await family.PostJsonAsync("/api/v1/accounts/me/email", new { newEmail = taken, password = Accounts.Password });
        await NoChangeLinkAsync(taken);
        var forFree = await family.PostJsonAsync("/api/v1/accounts/me/email", new { newEmail = free, password = Accounts.Password });

        Assert.Equal(HttpStatusCode.Accepted, forTaken.StatusCode);
        Assert.Equal(
            (forTaken.StatusCode, (await forTaken.Content.ReadAsStringAsync()).Replace(taken, "ADDRESS", StringComparison.Ordinal)),
            (forFree.StatusCode, (await forFree.Content.ReadAsStringAsync()).Replace(free, "ADDRESS", StringComparison.Ordinal)));
        await app.EmailToAsync(taken, TakenNote);
        Assert.DoesNotContain(app.MailTo(taken), mail => mail.Contains("/account/change-email?", StringComparison.Ordinal));
        Assert.Equal(2, await EventuallyCountAsync(email, RequestedNotice, 2));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(email, Accounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(taken, Accounts.Password)).StatusCode);
    }

    [Fact]
    public async Task ALinkWorksOnce_AndOnlyTheLatestRequestsLinkWorks_EvenForTheSameAddress()
    {
        var (email, family) = await NewFamilyAsync();
        var newEmail = $"baru-{Guid.NewGuid():N}@contoh.id";
        (await family.PostJsonAsync("/api/v1/accounts/me/email", new { newEmail, password = Accounts.Password })).EnsureSuccessStatusCode();
        var first = await ChangeLinkAsync(newEmail);
        (await family.PostJsonAsync("/api/v1/accounts/me/email", new { newEmail, password = Accounts.Password })).EnsureSuccessStatusCode();
        var second = await ChangeLinkAsync(newEmail, except: first);

        var replaced = await ConfirmAsync(first);
        var borrowed = await ConfirmAsync(second with { Email = $"lain-{Guid.NewGuid():N}@contoh.id" });
        var used = await ConfirmAsync(second);
        var again = await ConfirmAsync(second);

        Assert.Equal(HttpStatusCode.BadRequest, replaced.StatusCode);
        Assert.Equal(["token"], Fields(await replaced.ReadJsonAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, borrowed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, used.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["token"], Fields(await again.ReadJsonAsync()));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(newEmail, Accounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(email, Accounts.Password)).StatusCode);
    }

    [Fact]
    public async Task OpeningTheLink_ChangesNothing_ItsButtonSignsThisBrowserInAgain_AndOtherSessionsEnd()
    {
        var (email, family) = await NewFamilyAsync();
        var newEmail = $"baru-{Guid.NewGuid():N}@contoh.id";
        var here = await app.OnPagesAsync(family);
        var elsewhere = await app.OnPagesAsync(family);

        var asked = await here.PostFormAsync("/account/email", "/account/email", new() { ["NewEmail"] = newEmail, ["Password"] = Accounts.Password });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("data-testid=\"check-email\"", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var link = await ChangeLinkAsync(newEmail);
        var page = link.PathAndQuery;

        // A mail scanner opens the link first, maybe twice.
        Assert.Contains(newEmail, await here.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(page)).StatusCode);
        Assert.Equal(email, (await (await family.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString());

        var changed = await here.PostFormAsync(page, "/account/change-email", new() { ["User"] = link.User.ToString(), ["Email"] = link.Email, ["Token"] = link.Token });
        var tappedAgain = await here.PostFormAsync("/account", "/account/change-email",
            new() { ["User"] = link.User.ToString(), ["Email"] = link.Email, ["Token"] = link.Token });

        Assert.Equal((HttpStatusCode.Redirect, "/account"), (changed.StatusCode, changed.Headers.Location?.OriginalString));
        Assert.Equal((HttpStatusCode.Redirect, "/account"), (tappedAgain.StatusCode, tappedAgain.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateClient().GetAsync(page)).StatusCode);

        // Sessions check the account's security stamp once a minute.
        using (app.Clock.TravelTo(DateTimeOffset.UtcNow.AddMinutes(2)))
        {
            var mine = await here.GetAsync("/account");
            Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
            Assert.Contains(newEmail, await mine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var other = await elsewhere.GetAsync("/account");
            Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
            Assert.StartsWith("/account/login", other.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnUnconfirmedSignUpOfTheNewAddress_DoesNotKeepItFromTheAccount()
    {
        var (_, family) = await NewFamilyAsync();
        var squatted = $"baru-{Guid.NewGuid():N}@contoh.id";
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email = squatted, password = "kata sandi orang lain", role = "caregiver", fullName = "Orang Lain" }))
            .EnsureSuccessStatusCode();
        var (squatter, squattersToken) = await app.ConfirmationTokenAsync(squatted);

        (await family.PostJsonAsync("/api/v1/accounts/me/email", new { newEmail = squatted, password = Accounts.Password })).EnsureSuccessStatusCode();
        var changed = await ConfirmAsync(await ChangeLinkAsync(squatted));

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(squatted, Accounts.Password)).StatusCode);
        // The unconfirmed account is gone, and its sign-up link with it.
        var stale = await app.CreateClient().GetAsync($"/account/confirm-email?user={squatter}&token={Uri.EscapeDataString(squattersToken)}");
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
    }

    [Fact]
    public async Task TheNewAddress_LosesAnOldUndeliverableMark_WhileTheOldAddressKeepsItsOwn()
    {
        var (email, family) = await NewFamilyAsync();
        var newEmail = $"baru-{Guid.NewGuid():N}@contoh.id";
        await MarkUndeliverableAsync(email);
        (await family.PostJsonAsync("/api/v1/accounts/me/email", new { newEmail, password = Accounts.Password })).EnsureSuccessStatusCode();
        var link = await ChangeLinkAsync(newEmail);
        await MarkUndeliverableAsync(newEmail);

        Assert.Equal(HttpStatusCode.NoContent, (await ConfirmAsync(link)).StatusCode);

        Assert.Equal([email], await UndeliverableAsync(email, newEmail));
        var pages = await app.SignInOnPagesAsync(newEmail, Accounts.Password);
        Assert.DoesNotContain("data-testid=\"email-delivery\"", await pages.GetStringAsync("/account"), StringComparison.Ordinal);
    }

    private async Task<(string Email, HttpClient Client)> NewFamilyAsync()
    {
        var family = await app.NewAccountAsync("family");
        var email = (await (await family.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString()!;
        return (email, family);
    }

    /// <summary>A change link as the email to its new address carries it: the account, the address and the token, and the page it opens.</summary>
    private sealed record ChangeLink(Guid User, string Email, string Token, string PathAndQuery);

    /// <summary>The latest change link mailed to <paramref name="to"/> other than <paramref name="except"/>.</summary>
    private Task<ChangeLink> ChangeLinkAsync(string to, ChangeLink? except = null) =>
        Eventually.FoundAsync(
            () => Task.FromResult(app.MailTo(to).SelectMany(mail => LinkOf().Matches(mail)).Select(Read).LastOrDefault(link => link.Token != except?.Token)),
            $"no email to {to} carried a new change link");

    /// <summary>For an address that must get no link: waits until the change emails queued so far are handled, then checks none came.</summary>
    private async Task NoChangeLinkAsync(string to)
    {
        await Eventually.TrueAsync(
            () => app.InScopeAsync(async services => !await services.GetRequiredService<MarketplaceDbContext>().OutboxMessages
                .AnyAsync(m => m.ProcessedAt == null && m.DeadAt == null && (m.Type == "email-change-link-email" || m.Type == "address-taken-email"))),
            $"the change emails to {to} were not handled");
        Assert.DoesNotContain(app.MailTo(to), mail => LinkOf().IsMatch(mail));
    }

    private static ChangeLink Read(Match link) => new(
        Guid.Parse(link.Groups["user"].Value),
        Uri.UnescapeDataString(link.Groups["email"].Value),
        Uri.UnescapeDataString(link.Groups["token"].Value),
        link.Value["http://localhost".Length..]);

    private Task<HttpResponseMessage> ConfirmAsync(ChangeLink link) =>
        app.CreateClient().PostJsonAsync("/api/v1/auth/email-change/confirm", new { userId = link.User, newEmail = link.Email, token = link.Token });

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        app.CreateClient().PostJsonAsync("/api/v1/auth/login", new { email, password });

    private async Task<int> EventuallyCountAsync(string to, string text, int expected)
    {
        await Eventually.TrueAsync(() => app.MailTo(to).Count(mail => mail.Contains(text, StringComparison.Ordinal)) >= expected, $"{expected} emails to {to} said \"{text}\"");
        return app.MailTo(to).Count(mail => mail.Contains(text, StringComparison.Ordinal));
    }

    /// <summary>Whether a change-of-address email for <paramref name="userId"/> was queued.</summary>
    private Task<bool> OutboxHoldsAsync(string userId) =>
        app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().OutboxMessages
            .AnyAsync(m => (m.Type.StartsWith("email-change") || m.Type == "address-taken-email") && m.Payload.Contains(userId)));

    private Task<int> MarkUndeliverableAsync(string address) =>
        app.InScopeAsync(services =>
        {
            services.GetRequiredService<IUndeliverableAddresses>().Add(UndeliverableAddress.Report(address, UndeliverableReason.Bounced, "550 no such user", null, DateTimeOffset.UtcNow));
            return services.GetRequiredService<MarketplaceDbContext>().SaveChangesAsync();
        });

    private Task<List<string>> UndeliverableAsync(params string[] addresses) =>
        app.InScopeAsync(async services =>
        {
            var found = new List<string>();
            foreach (var address in addresses)
            {
                if (await services.GetRequiredService<IUndeliverableAddresses>().FindAsync(address, CancellationToken.None) is not null)
                {
                    found.Add(address);
                }
            }

            return found;
        });

    private static string[] Fields(System.Text.Json.JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(field => field.Name)];

    [GeneratedRegex(@"http://localhost/account/change-email\?user=(?<user>[0-9a-f-]+)&email=(?<email>[^&\s]+)&token=(?<token>\S+)")]
    private static partial Regex LinkOf();
}

public sealed class ChangeEmailOnSqlite(SqliteAppFactory app) : ChangeEmailTests<SqliteAppFactory>(app);

public sealed class ChangeEmailOnPostgres(PostgresAppFactory app) : ChangeEmailTests<PostgresAppFactory>(app);
