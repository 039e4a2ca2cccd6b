using System.Threading.RateLimiting;
using Marketplace.Application.Accounts;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Security;

/// <summary>
/// Slows down password guessing without handing attackers a way to lock people out: failed sign-ins are
/// counted per client <em>and</em> address (<see cref="RateLimitOptions.FailedSignIn"/>), so a client that guessed
/// wrong too often waits, while the account's owner signs in from anywhere else as usual. The same answer comes
/// whether or not the address has an account, so the wait tells nothing about who is registered.
/// The counts live in this process (OWASP ASVS 5.0 V6.3.1); several instances each count their own.
/// </summary>
public sealed class SignInThrottle(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> failures = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.FailedSignIn.Permits,
            Window = options.Value.FailedSignIn.Window,
            QueueLimit = 0,
        }));

    /// <summary>How long this client must wait before trying <paramref name="email"/> again; null when it may try now.</summary>
    public TimeSpan? WaitBeforeTrying(HttpContext context, string email)
    {
        using var lease = failures.AttemptAcquire(Key(context, email), permitCount: 0);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Value.FailedSignIn.Window;
    }

    /// <summary>Counts a failed sign-in of this client to <paramref name="email"/>.</summary>
    public void Failed(HttpContext context, string email) => failures.AttemptAcquire(Key(context, email)).Dispose();

    public void Dispose() => failures.Dispose();

    private static string Key(HttpContext context, string email) => $"{ClientAddress.Of(context)} {AccountEmail.Normalize(email).ToUpperInvariant()}";
}
