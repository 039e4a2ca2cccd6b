using System.Threading.RateLimiting;
using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Accounts.PausedSignIns;
using Mediator;
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
/// instances each count their own. The failure that makes a client wait is reported to the address's owner by email.
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
            using var next = failures.AttemptAcquire(key, permitCount: 0);
            if (!next.IsAcquired)
            {
                await ReportPauseAsync(context, email, next.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Value.FailedSignIn.Window);
            }
        }

        return (result, null);
    }

    /// <summary>
    /// This failure paused the client's sign-ins to <paramref name="email"/> (one sign-in at a time runs per client and
    /// address, so exactly one failure does): the address's owner is told, through the outbox, whether or not it has an
    /// account (see <see cref="ReportPausedSignIns"/>), so this answer is the same either way.
    /// </summary>
    private async Task ReportPauseAsync(HttpContext context, string email, TimeSpan wait)
    {
        var report = new ReportPausedSignIns(email, ClientAddress.Of(context), options.Value.FailedSignIn.Permits, Errors.Problem.MinutesToWait(wait));
        try
        {
            // Not the request's token: a guesser who drops the connection at once must not keep the owner from being told.
            await context.RequestServices.GetRequiredService<IMediator>().Send(report, CancellationToken.None);
        }
        catch (ValidationException)
        {
            // An address holding text nothing can store (a control character) has no account to tell, and the sign-in
            // is answered as any other.
        }
    }

    public void Dispose()
    {
        failures.Dispose();
        turns.Dispose();
    }
}
