using System.Net;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// Registration, sign-in, search and uploads are limited per client address (uploads per account too), and a
/// refusal is a 429 with <c>Retry-After</c>. Each test speaks from addresses of its own, so the limits of one
/// test never reach another.
/// </summary>
public sealed class RateLimitTests(RateLimitTests.LowLimits app) : IClassFixture<RateLimitTests.LowLimits>
{
    private const string TooManyRequestsType = "https://www.rfc-editor.org/rfc/rfc6585#section-4";

    [Fact]
    public async Task AClientRegisteringInBulk_IsRefusedWith429AndRetryAfter_WhileAnotherClientStillRegisters()
    {
        var bulk = ClientAddresses.From(app, "203.0.113.10");
        for (var i = 0; i < LowLimits.Registrations; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await RegisterAsync(bulk)).StatusCode);
        }

        var refused = await RegisterAsync(bulk);

        await AssertTooManyAsync(refused);
        Assert.Equal(HttpStatusCode.Accepted, (await RegisterAsync(ClientAddresses.From(app, "203.0.113.11"))).StatusCode);
    }

    [Fact]
    public async Task TheAddressesOfOneIPv6Network_CountAsOneClient()
    {
        for (var i = 0; i < LowLimits.Registrations; i++)
        {
            (await RegisterAsync(ClientAddresses.From(app, $"2001:db8:aa:bb::{i + 1}"))).EnsureSuccessStatusCode();
        }

        await AssertTooManyAsync(await RegisterAsync(ClientAddresses.From(app, "2001:db8:aa:bb:ffff::99")));
        Assert.Equal(HttpStatusCode.Accepted, (await RegisterAsync(ClientAddresses.From(app, "2001:db8:aa:cc::1"))).StatusCode);
    }

    [Fact]
    public async Task SearchingInBulk_IsRefused_OnTheApiAndOnThePage()
    {
        var api = ClientAddresses.From(app, "203.0.113.20");
        for (var i = 0; i < LowLimits.Searches; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/search/caregivers?lat=-5.1477&lon=119.4327&radiusKm=10")).StatusCode);
        }

        await AssertTooManyAsync(await api.GetAsync("/api/v1/search/caregivers?lat=-5.1477&lon=119.4327&radiusKm=10"));
        await AssertTooManyAsync(await api.GetAsync("/api/v1/search/services?kind=daycare&lat=-5.1477&lon=119.4327&radiusKm=10"));

        var page = app.NewPageClient();
        page.DefaultRequestHeaders.Add(ClientAddresses.Header, "203.0.113.20");
        var refusedPage = await page.GetAsync("/search?Lat=-5.1477&Lon=119.4327");
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedPage.StatusCode);
        Assert.True(refusedPage.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Terlalu banyak permintaan dari perangkat atau jaringan Anda. Coba lagi dalam 1 menit.", await refusedPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuessingAPassword_ThrottlesTheGuessingClient_NotTheAccountsOwner()
    {
        var email = await NewAccountAsync("203.0.113.30");
        var attacker = ClientAddresses.From(app, "203.0.113.31");
        for (var i = 0; i < LowLimits.FailedSignIns; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.PostJsonAsync("/api/v1/auth/login", new { email, password = "tebakan salah" })).StatusCode);
        }

        var throttled = await AssertTooManyAsync(await attacker.PostJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password }));
        Assert.Contains("Try again in 15 min.", throttled.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var owner = ClientAddresses.From(app, "198.51.100.30");
        Assert.Equal(HttpStatusCode.OK, (await owner.PostJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password })).StatusCode);
    }

    [Fact]
    public async Task GuessingAtAnAddressWithoutAnAccount_IsAnsweredExactlyAsForOneWithAnAccount()
    {
        var known = await NewAccountAsync("203.0.113.35");
        var unknown = $"family-{Guid.NewGuid():N}@contoh.id";
        var answers = new List<string>();
        foreach (var (email, address) in new[] { (known, "203.0.113.36"), (unknown, "203.0.113.37") })
        {
            var attacker = ClientAddresses.From(app, address);
            for (var i = 0; i <= LowLimits.FailedSignIns; i++)
            {
                var response = await attacker.PostJsonAsync("/api/v1/auth/login", new { email, password = "tebakan salah" });
                var problem = await response.ReadJsonAsync();
                answers.Add($"{(int)response.StatusCode} {problem.GetProperty("title")} {problem.GetProperty("detail")} {response.Headers.RetryAfter?.Delta?.TotalMinutes > 14}");
            }
        }

        Assert.Equal(answers[..(LowLimits.FailedSignIns + 1)], answers[(LowLimits.FailedSignIns + 1)..]);
        Assert.StartsWith("429", answers[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherSpellingOfTheAddress_SharesItsThrottle()
    {
        var email = await NewAccountAsync("203.0.113.70", "family", $"kakak-{Guid.NewGuid():N}@contoh.id");
        var attacker = ClientAddresses.From(app, "203.0.113.71");
        for (var i = 0; i < LowLimits.FailedSignIns; i++)
        {
            await attacker.PostJsonAsync("/api/v1/auth/login", new { email, password = "tebakan salah" });
        }

        // U+212A KELVIN SIGN is the letter K to Identity's normalisation, so this is the same account.
        var respelled = "\u212A" + email[1..];

        await AssertTooManyAsync(await attacker.PostJsonAsync("/api/v1/auth/login", new { email = respelled, password = Accounts.Password }));
    }

    [Fact]
    public async Task GuessesSentAllAtOnce_AreCountedLikeGuessesInTurn()
    {
        var email = await NewAccountAsync("203.0.113.80");
        var attacker = ClientAddresses.From(app, "203.0.113.81");

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => attacker.PostJsonAsync("/api/v1/auth/login", new { email, password = "tebakan salah" })));

        Assert.Equal(LowLimits.FailedSignIns, answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Unauthorized), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
    }

    [Fact]
    public async Task GuessingOnThePage_IsThrottledWithAMessage()
    {
        var email = await NewAccountAsync("203.0.113.40");
        var attacker = app.NewPageClient();
        attacker.DefaultRequestHeaders.Add(ClientAddresses.Header, "203.0.113.41");
        var wrong = new Dictionary<string, string> { ["Email"] = email, ["Password"] = "tebakan salah" };
        for (var i = 0; i < LowLimits.FailedSignIns; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await attacker.PostFormAsync("/account/login", "/account/login", wrong)).StatusCode);
        }

        var throttled = await attacker.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = Accounts.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Terlalu banyak percobaan masuk yang gagal dari jaringan ini ke akun ini. Coba lagi dalam 15 menit", await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuessingTheSignUpPassword_BehindAConfirmationLink_IsThrottledLikeASignIn()
    {
        var email = $"family-{Guid.NewGuid():N}@contoh.id";
        (await ClientAddresses.From(app, "203.0.113.90").PostJsonAsync("/api/v1/auth/register", new { email, password = Accounts.Password, role = "family", fullName = "Uji Batas" }))
            .EnsureSuccessStatusCode();
        var (userId, token) = await app.ConfirmationTokenAsync(email);
        var link = $"/account/confirm-email?user={userId}&token={Uri.EscapeDataString(token)}";
        var guesser = app.NewPageClient();
        guesser.DefaultRequestHeaders.Add(ClientAddresses.Header, "203.0.113.91");
        Dictionary<string, string> Confirm(string password) => new() { ["User"] = userId.ToString(), ["Token"] = token, ["Password"] = password };
        for (var i = 0; i < LowLimits.FailedSignIns; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await guesser.PostFormAsync(link, "/account/confirm-email", Confirm("tebakan salah"))).StatusCode);
        }

        var throttled = await guesser.PostFormAsync(link, "/account/confirm-email", Confirm(Accounts.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task SigningInInBulk_IsRefused_EvenWithTheRightPassword()
    {
        var email = await NewAccountAsync("203.0.113.50");
        var client = ClientAddresses.From(app, "203.0.113.51");
        for (var i = 0; i < LowLimits.SignIns; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password })).StatusCode);
        }

        await AssertTooManyAsync(await client.PostJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password }));
    }

    [Fact]
    public async Task AnAccountUploadingInBulk_IsRefused_FromEveryAddress_WhileOtherAccountsUpload()
    {
        var email = await NewAccountAsync("203.0.113.60", "caregiver");
        var first = await ClientAddresses.From(app, "203.0.113.61").SignInAsync(email, Accounts.Password);
        for (var i = 0; i < LowLimits.UploadsPerAccount; i++)
        {
            (await first.PutFileAsync("/api/v1/caregivers/me/photo", TestCaregivers.PngBytes, "foto.png")).EnsureSuccessStatusCode();
        }

        var elsewhere = await ClientAddresses.From(app, "198.51.100.60").SignInAsync(email, Accounts.Password);
        await AssertTooManyAsync(await elsewhere.PutFileAsync("/api/v1/caregivers/me/photo", TestCaregivers.PngBytes, "foto.png"));

        var other = await ClientAddresses.From(app, "203.0.113.61").SignInAsync(await NewAccountAsync("203.0.113.62", "caregiver"), Accounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await other.PutFileAsync("/api/v1/caregivers/me/photo", TestCaregivers.PngBytes, "foto.png")).StatusCode);
    }

    private static async Task<System.Text.Json.JsonElement> AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without a Retry-After in seconds");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(TooManyRequestsType, problem.GetProperty("type").GetString());
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string role = "family") =>
        client.PostJsonAsync("/api/v1/auth/register", new { email = $"{role}-{Guid.NewGuid():N}@contoh.id", password = Accounts.Password, role, fullName = "Uji Batas" });

    private async Task<string> NewAccountAsync(string address, string role = "family", string? email = null)
    {
        email ??= $"{role}-{Guid.NewGuid():N}@contoh.id";
        (await ClientAddresses.From(app, address).PostJsonAsync("/api/v1/auth/register", new { email, password = Accounts.Password, role, fullName = "Uji Batas" }))
            .EnsureSuccessStatusCode();
        await app.ConfirmEmailAsync(email);
        return email;
    }

    /// <summary>The app with limits a test reaches in a few requests, and requests that name their client address.</summary>
    public sealed class LowLimits() : MarketplaceAppFactory(TestDatabase.Sqlite())
    {
        public const int Registrations = 3;
        public const int Searches = 4;
        public const int SignIns = 6;
        public const int FailedSignIns = 3;
        public const int UploadsPerAccount = 2;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:Registration:Permits", $"{Registrations}");
            builder.UseSetting("RateLimits:Search:Permits", $"{Searches}");
            builder.UseSetting("RateLimits:SignIn:Permits", $"{SignIns}");
            builder.UseSetting("RateLimits:FailedSignIn:Permits", $"{FailedSignIns}");
            builder.UseSetting("RateLimits:UploadsPerAccount:Permits", $"{UploadsPerAccount}");
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddresses>());
        }
    }
}
