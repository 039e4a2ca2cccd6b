using System.Threading.RateLimiting;
using Marketplace.Application.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Security;

/// <summary>
/// Slows down password guessing without handing attackers a way to lock people out: failed sign-ins are
/// counted per client <em>and</em> address (<see cref="RateLimitOptions.FailedSignIn"/>), so a client that guessed
/// wrong too often waits, while the account's owner signs in from anywhere else as usual. The same answer comes
/// whether or not the address has an account, so the wait tells nothing about who is registered.
/// One sign-in at a time runs per client and address, so a burst of guesses in parallel is counted as fully as
/// the same guesses one after another. The counts live in this process (OWASP ASVS 5.0 V6.3.1); several
/// instances each count their own.
/// </summary>
public sealed class SignInThrottle(IOptions<RateLimitOptions> options) : IDisposable
{
    // Identity's own normalisation (Unicode FormC, then upper case), so every spelling Identity reads as one
    // address (a KELVIN SIGN for a K, say) is counted as that one address.
    private static readonly UpperInvariantLookupNormalizer Normalizer = new();

    private readonly PartitionedRateLimiter<string> failures = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.FailedSignIn.Permits,
            Window = options.Value.FailedSignIn.Window,
            QueueLimit = 0,
        }));

    private readonly PartitionedRateLimiter<string> turns = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetConcurrencyLimiter(key, _ => new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 8 }));

    /// <summary>
    /// Runs <paramref name="signIn"/> (a password check) for this client and <paramref name="email"/> unless the
    /// client must wait first; counts it if it fails. Returns the sign-in's result, or how long to wait.
    /// </summary>
    public async Task<(SignInResult? Result, TimeSpan? Wait)> SignInAsync(HttpContext context, string email, Func<Task<SignInResult>> signIn)
    {
        var key = $"{ClientAddress.Of(context)} {Normalizer.NormalizeName(AccountEmail.Normalize(email))}";
        using var turn = await turns.AcquireAsync(key, 1, context.RequestAborted);
        if (!turn.IsAcquired)
        {
            return (null, options.Value.FailedSignIn.Window);
        }

        using (var check = failures.AttemptAcquire(key, permitCount: 0))
        {
            if (!check.IsAcquired)
            {
                return (null, check.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Value.FailedSignIn.Window);
            }
        }

        var result = await signIn();
        if (!result.Succeeded)
        {
            failures.AttemptAcquire(key).Dispose();
        }

        return (result, null);
    }

    public void Dispose()
    {
        failures.Dispose();
        turns.Dispose();
    }
}
