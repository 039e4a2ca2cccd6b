using System.Threading.RateLimiting;

namespace Marketplace.Application.Accounts.Register;

/// <summary>
/// At most <see cref="PerHour"/> sign-up emails an hour to one address, however many clients sign it up: anyone may
/// sign up any address, and each sign-up mails it. Past the limit the sign-up is answered as always (the answer must
/// not differ) and no email is sent. Counted in this instance's memory, like the rate limits. The other emails a
/// stranger can have sent to an address are counted with them: the note to an account whose address someone asked to
/// move their own account to (counted for that account), and the change-of-address links an account asks for (counted
/// for the account that asks, since the address they go to has none).
/// </summary>
public sealed class SignUpEmailLimit : IDisposable
{
    public const int PerHour = 5;

    private readonly PartitionedRateLimiter<Guid> _emails = PartitionedRateLimiter.Create<Guid, Guid>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PerHour,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    /// <summary>True when one more sign-up email may go to <paramref name="accountId"/>'s address now; counts nothing.</summary>
    public bool Allows(Guid accountId)
    {
        using var lease = _emails.AttemptAcquire(accountId, permitCount: 0);
        return lease.IsAcquired;
    }

    /// <summary>Counts an email sent to <paramref name="accountId"/>'s address; a send that failed (and is retried) is not counted.</summary>
    public void Count(Guid accountId) => _emails.AttemptAcquire(accountId).Dispose();

    public void Dispose() => _emails.Dispose();
}
