using System.Diagnostics;
using System.Net;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// Neither signing up nor signing in says whether an address has an account: the same answer, in about the same
/// time (a taken or unknown address pays for a password hash too), and only the mailbox is told.
/// </summary>
public sealed class AccountEnumerationTests(DeployedHashingAppFactory app) : IClassFixture<DeployedHashingAppFactory>
{
    private const int Rounds = 31;

    [Fact]
    public async Task AWrongPassword_AnUnconfirmedAccount_AndAnUnknownAddress_GetTheSameSignInAnswer()
    {
        var known = await RegisterAsync(confirmed: true);
        var unconfirmed = await RegisterAsync(confirmed: false);
        var client = app.CreateClient();

        var forKnown = await client.PostJsonAsync("/api/v1/auth/login", new { email = known, password = "bukan kata sandinya" });
        var forUnconfirmed = await client.PostJsonAsync("/api/v1/auth/login", new { email = unconfirmed, password = Accounts.Password });
        var forUnknown = await client.PostJsonAsync("/api/v1/auth/login", new { email = $"tidak-ada-{Guid.NewGuid():N}@contoh.id", password = "bukan kata sandinya" });

        Assert.Equal(HttpStatusCode.Unauthorized, forKnown.StatusCode);
        var expected = await ProblemAsync(forKnown);
        Assert.Equal(expected, await ProblemAsync(forUnconfirmed));
        Assert.Equal(expected, await ProblemAsync(forUnknown));
    }

    /// <summary>What a refusal tells: its status and every member of its problem detail but the request's own trace id.</summary>
    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId");
        return $"{(int)response.StatusCode} {problem.ToJsonString()}";
    }

    [Fact]
    public async Task SigningUp_WithATakenAddress_AnUnconfirmedOne_OrANewOne_GetsTheSameAnswer()
    {
        var taken = await RegisterAsync(confirmed: true);
        var unconfirmed = await RegisterAsync(confirmed: false);
        var fresh = $"baru-{Guid.NewGuid():N}@contoh.id";

        var answers = new List<(HttpStatusCode Status, string Body)>();
        foreach (var email in new[] { taken, unconfirmed, fresh })
        {
            var response = await SignUpAsync(email);
            answers.Add((response.StatusCode, (await response.Content.ReadAsStringAsync()).Replace(email, "ADDRESS", StringComparison.Ordinal)));
        }

        Assert.Equal(HttpStatusCode.Accepted, answers[0].Status);
        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
    }

    [Fact]
    public async Task AnUnknownAddress_TakesAsLongToRefuse_AsAWrongPasswordForAKnownOne()
    {
        var known = await RegisterAsync(confirmed: true);
        var client = app.CreateClient();

        // Without the placeholder hash the ratio is ~20.
        var ratio = await MedianRatioAsync(
            _ => SignInTimeAsync(client, known, "bukan kata sandinya"),
            round => SignInTimeAsync(client, $"tidak-ada-{round}@contoh.id", "bukan kata sandinya"));

        Assert.True(ratio is >= 0.8 and <= 1.25, $"A known address takes {ratio:0.00} times as long to refuse as an unknown one (median of {Rounds} rounds).");
    }

    [Fact]
    public async Task AnUnconfirmedAccount_TakesAsLongToRefuse_AsAWrongPassword()
    {
        var known = await RegisterAsync(confirmed: true);
        var unconfirmed = await RegisterAsync(confirmed: false);
        var client = app.CreateClient();

        // Identity refuses an unconfirmed address before checking the password: ~20 times faster, unless the check is made anyway.
        var ratio = await MedianRatioAsync(
            _ => SignInTimeAsync(client, known, "bukan kata sandinya"),
            _ => SignInTimeAsync(client, unconfirmed, Accounts.Password));

        Assert.True(ratio is >= 0.8 and <= 1.25, $"A wrong password takes {ratio:0.00} times as long to refuse as an unconfirmed account (median of {Rounds} rounds).");
    }

    [Fact]
    public async Task SigningUp_WithATakenAddress_TakesAsLong_AsWithANewOne()
    {
        var taken = await RegisterAsync(confirmed: true);

        var ratio = await MedianRatioAsync(
            round => SignUpTimeAsync($"baru-{round}-{Guid.NewGuid():N}@contoh.id"),
            _ => SignUpTimeAsync(taken));

        Assert.True(ratio is >= 0.8 and <= 1.25, $"A new address takes {ratio:0.00} times as long to sign up as a taken one (median of {Rounds} rounds).");
    }

    /// <summary>
    /// Times both, in turns, each round, so a slow moment of a busy machine falls on both; the median of the rounds'
    /// ratios (first over second) ignores the rounds a moment fell on one alone. One round first warms both paths up.
    /// </summary>
    private static async Task<double> MedianRatioAsync(Func<int, Task<double>> first, Func<int, Task<double>> second)
    {
        await first(-1);
        await second(-1);
        var ratios = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            double a, b;
            if (round % 2 == 0)
            {
                a = await first(round);
                b = await second(round);
            }
            else
            {
                b = await second(round);
                a = await first(round);
            }

            ratios.Add(a / b);
        }

        return ratios.Order().ElementAt(Rounds / 2);
    }

    private static async Task<double> SignInTimeAsync(HttpClient client, string email, string password)
    {
        var watch = Stopwatch.StartNew();
        var response = await client.PostJsonAsync("/api/v1/auth/login", new { email, password });
        watch.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private async Task<double> SignUpTimeAsync(string email)
    {
        var watch = Stopwatch.StartNew();
        var response = await SignUpAsync(email);
        watch.Stop();
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private Task<HttpResponseMessage> SignUpAsync(string email) =>
        app.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email, password = Accounts.Password, role = "family", fullName = "Uji Enumerasi" });

    private async Task<string> RegisterAsync(bool confirmed)
    {
        var email = $"family-{Guid.NewGuid():N}@contoh.id";
        (await SignUpAsync(email)).EnsureSuccessStatusCode();
        if (confirmed)
        {
            await app.ConfirmEmailAsync(email);
        }

        return email;
    }
}
