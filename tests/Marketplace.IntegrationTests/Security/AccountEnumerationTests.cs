using System.Diagnostics;
using System.Net;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// A failed sign-in says nothing about whether the address has an account: the same answer, in about the
/// same time (an unknown address pays for a password hash too).
/// </summary>
public sealed class AccountEnumerationTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private const int Rounds = 31;

    [Fact]
    public async Task AWrongPassword_AndAnUnknownAddress_GetTheSameAnswer()
    {
        var known = await RegisterAsync();
        var client = app.CreateClient();

        var forKnown = await client.PostJsonAsync("/api/v1/auth/login", new { email = known, password = "bukan kata sandinya" });
        var forUnknown = await client.PostJsonAsync("/api/v1/auth/login", new { email = $"tidak-ada-{Guid.NewGuid():N}@contoh.id", password = "bukan kata sandinya" });

        Assert.Equal(HttpStatusCode.Unauthorized, forKnown.StatusCode);
        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        var (a, b) = (await forKnown.ReadJsonAsync(), await forUnknown.ReadJsonAsync());
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUnknownAddress_TakesAsLongToRefuse_AsAWrongPasswordForAKnownOne()
    {
        var known = await RegisterAsync();
        var client = app.CreateClient();
        await SignInTimeAsync(client, known);
        await SignInTimeAsync(client, "pemanasan@contoh.id");

        // Each round times both, in turns, so a slow moment of a busy machine falls on both; the median of the
        // rounds' ratios ignores the rounds a moment fell on one alone. Without the placeholder hash the ratio is ~20.
        var ratios = new List<double>();
        for (var i = 0; i < Rounds; i++)
        {
            var unknown = $"tidak-ada-{i}@contoh.id";
            double knownTime, unknownTime;
            if (i % 2 == 0)
            {
                knownTime = await SignInTimeAsync(client, known);
                unknownTime = await SignInTimeAsync(client, unknown);
            }
            else
            {
                unknownTime = await SignInTimeAsync(client, unknown);
                knownTime = await SignInTimeAsync(client, known);
            }

            ratios.Add(knownTime / unknownTime);
        }

        var ratio = Median(ratios);
        Assert.True(ratio is >= 0.8 and <= 1.25, $"A known address takes {ratio:0.00} times as long to refuse as an unknown one (median of {Rounds} rounds).");
    }

    private static async Task<double> SignInTimeAsync(HttpClient client, string email)
    {
        var watch = Stopwatch.StartNew();
        var response = await client.PostJsonAsync("/api/v1/auth/login", new { email, password = "bukan kata sandinya" });
        watch.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);

    private async Task<string> RegisterAsync()
    {
        var email = $"family-{Guid.NewGuid():N}@contoh.id";
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email, password = Accounts.Password, role = "family", fullName = "Uji Enumerasi" }))
            .EnsureSuccessStatusCode();
        return email;
    }
}
