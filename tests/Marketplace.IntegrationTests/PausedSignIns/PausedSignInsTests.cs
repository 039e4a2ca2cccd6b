using System.Net;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.PausedSignIns;

/// <summary>
/// The failed sign-in that makes a client wait emails the account's owner, once per wait however many clients are
/// paused, and only when the address has a confirmed account; the answers are the same either way. Each test speaks
/// from client addresses of its own.
/// </summary>
public abstract class PausedSignInsTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : PausedSignInsApp
{
    // Phrases of the Indonesian email (the test accounts read Indonesian).
    private const string Notice = "memasukkan kata sandi yang salah untuk akun Peduli Anda";

    [Fact]
    public async Task TheFailureThatPausesAClient_EmailsTheOwner_FromWhereAndForHowLong_OncePerWaitHoweverManyClients()
    {
        var email = await NewAccountAsync();

        await FailUntilPausedAsync(ClientAddresses.From(app, "203.0.113.130"), email);

        var notice = await app.EmailToAsync(email, Notice);
        Assert.Contains($"{PausedSignInsApp.FailedSignIns} kali dari alamat internet 203.0.113.130", notice, StringComparison.Ordinal);
        Assert.Contains("menunggu 15 menit", notice, StringComparison.Ordinal);
        Assert.Contains("http://localhost/account/forgot-password", notice, StringComparison.Ordinal);

        await FailUntilPausedAsync(ClientAddresses.From(app, "203.0.113.131"), email);
        await FailUntilPausedAsync(ClientAddresses.From(app, "2001:db8:aa:131::1"), email);
        await HandledAsync(email, expected: 3);

        Assert.Single(app.MailTo(email), mail => mail.Contains(Notice, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PausingOnTheSignInPage_EmailsTheOwnerToo()
    {
        var email = await NewAccountAsync();
        var guesser = app.NewPageClient();
        guesser.DefaultRequestHeaders.Add(ClientAddresses.Header, "203.0.113.140");

        for (var i = 0; i < PausedSignInsApp.FailedSignIns; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await guesser.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = "tebakan salah" })).StatusCode);
        }

        Assert.Contains("dari alamat internet 203.0.113.140", await app.EmailToAsync(email, Notice), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressWithoutAConfirmedAccount_IsAnsweredAlike_AndNobodyIsEmailed()
    {
        var known = await NewAccountAsync();
        var unconfirmed = await NewAccountAsync(confirmed: false);
        var unknown = $"family-{Guid.NewGuid():N}@contoh.id";

        var answers = new List<List<string>>();
        foreach (var (email, client) in new[] { (known, "203.0.113.150"), (unconfirmed, "203.0.113.151"), (unknown, "203.0.113.152") })
        {
            answers.Add(await FailUntilPausedAsync(ClientAddresses.From(app, client), email));
        }

        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
        Assert.StartsWith("429", answers[0][^1], StringComparison.Ordinal);
        await app.EmailToAsync(known, Notice);
        await HandledAsync(unconfirmed, expected: 1);
        await HandledAsync(unknown, expected: 1);
        Assert.DoesNotContain(app.MailTo(unconfirmed), mail => mail.Contains(Notice, StringComparison.Ordinal));
        Assert.Empty(app.MailTo(unknown));
    }

    /// <summary>
    /// Fails to sign in as <paramref name="email"/> until the client is paused, and once more to see the pause; returns each
    /// answer as its status, title, detail and whether it asks to wait.
    /// </summary>
    private static async Task<List<string>> FailUntilPausedAsync(HttpClient client, string email)
    {
        var answers = new List<string>();
        for (var i = 0; i <= PausedSignInsApp.FailedSignIns; i++)
        {
            var response = await client.PostJsonAsync("/api/v1/auth/login", new { email, password = "tebakan salah" });
            var problem = await response.ReadJsonAsync();
            answers.Add($"{(int)response.StatusCode} {problem.GetProperty("title")} {problem.GetProperty("detail")} {response.Headers.RetryAfter is not null}");
        }

        return answers;
    }

    /// <summary>Waits until <paramref name="expected"/> pauses of sign-ins to <paramref name="email"/> are queued and every one is handled.</summary>
    private Task HandledAsync(string email, int expected) =>
        Eventually.TrueAsync(
            () => app.InScopeAsync(async services =>
            {
                var pauses = services.GetRequiredService<MarketplaceDbContext>().OutboxMessages.Where(m => m.Type == "paused-sign-ins-email" && m.Payload.Contains(email));
                return await pauses.CountAsync() == expected && await pauses.AllAsync(m => m.ProcessedAt != null);
            }),
            $"{expected} paused sign-ins to {email} were not handled");

    private async Task<string> NewAccountAsync(bool confirmed = true)
    {
        var email = $"family-{Guid.NewGuid():N}@contoh.id";
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email, password = Accounts.Password, role = "family", fullName = "Uji Jeda", language = "id" }))
            .EnsureSuccessStatusCode();
        if (confirmed)
        {
            await app.ConfirmEmailAsync(email);
        }

        return email;
    }
}

/// <summary>The app with a few failed sign-ins allowed per client and address, and requests that name their client address.</summary>
public abstract class PausedSignInsApp(TestDatabase database) : MarketplaceAppFactory(database)
{
    public const int FailedSignIns = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:FailedSignIn:Permits", $"{FailedSignIns}");
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddresses>());
    }
}

public sealed class SqlitePausedSignInsApp() : PausedSignInsApp(TestDatabase.Sqlite());

public sealed class PostgresPausedSignInsApp() : PausedSignInsApp(TestDatabase.Postgres());

public sealed class PausedSignInsOnSqlite(SqlitePausedSignInsApp app) : PausedSignInsTests<SqlitePausedSignInsApp>(app);

public sealed class PausedSignInsOnPostgres(PostgresPausedSignInsApp app) : PausedSignInsTests<PostgresPausedSignInsApp>(app);
