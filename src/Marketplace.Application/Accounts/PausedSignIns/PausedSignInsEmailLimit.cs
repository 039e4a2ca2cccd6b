using System.Threading.RateLimiting;

namespace Marketplace.Application.Accounts.PausedSignIns;

/// <summary>
/// At most one paused-sign-ins email per account per <paramref name="window"/> (the throttle's: a client waits that long
/// after failing), however many clients are paused: guessing from a thousand addresses makes one email, not a thousand.
/// Counted in this instance's memory, like the throttle itself.
/// </summary>
public sealed class PausedSignInsEmailLimit(TimeSpan window) : IDisposable
{
    private readonly PartitionedRateLimiter<Guid> _emails = PartitionedRateLimiter.Create<Guid, Guid>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = 1,
            Window = window,
            QueueLimit = 0,
        }));

    /// <summary>True when a paused-sign-ins email may go to <paramref name="accountId"/>'s address now; counts nothing.</summary>
    public bool Allows(Guid accountId)
    {
        using var lease = _emails.AttemptAcquire(accountId, permitCount: 0);
        return lease.IsAcquired;
    }

    /// <summary>Counts an email sent to <paramref name="accountId"/>'s address; a send that failed (and is retried) is not counted.</summary>
    public void Count(Guid accountId) => _emails.AttemptAcquire(accountId).Dispose();

    public void Dispose() => _emails.Dispose();
}
