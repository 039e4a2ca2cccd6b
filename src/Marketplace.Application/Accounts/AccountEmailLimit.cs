using System.Threading.RateLimiting;

namespace Marketplace.Application.Accounts;

/// <summary>
/// At most a number of one kind of email to an account's address in a fixed window, counted in this instance's memory
/// (like the rate limits). Emails that anyone can make us send to an address (sign-up notes, paused sign-ins) are
/// limited so that the address's owner is not flooded.
/// </summary>
public abstract class AccountEmailLimit : IDisposable
{
    // Check, send and count take turns per account: the outbox performs several messages side by side, and each
    // checking before any had counted let all of them through. Striped, so that the locks never grow with accounts;
    // two accounts sharing a stripe only wait for each other's send.
    private const int Stripes = 32;

    private readonly SemaphoreSlim[] _turns = Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    private readonly PartitionedRateLimiter<Guid> _sent;

    /// <param name="perWindow">How many emails may go to one account's address within <paramref name="window"/>.</param>
    protected AccountEmailLimit(int perWindow, TimeSpan window)
    {
        _sent = PartitionedRateLimiter.Create<Guid, Guid>(account =>
            RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perWindow,
                Window = window,
                QueueLimit = 0,
            }));
    }

    /// <summary>
    /// Runs <paramref name="send"/> when one more email may go to <paramref name="accountId"/>'s address, and counts it
    /// once sent; a send that throws (and is retried by the outbox) is not counted.
    /// </summary>
    /// <returns>False when the limit was reached and nothing was sent.</returns>
    public async Task<bool> SendWithinAsync(Guid accountId, Func<Task> send, CancellationToken cancellationToken)
    {
        var turn = _turns[(accountId.GetHashCode() & int.MaxValue) % Stripes];
        await turn.WaitAsync(cancellationToken);
        try
        {
            using (var check = _sent.AttemptAcquire(accountId, permitCount: 0))
            {
                if (!check.IsAcquired)
                {
                    return false;
                }
            }

            await send();
            _sent.AttemptAcquire(accountId).Dispose();
            return true;
        }
        finally
        {
            turn.Release();
        }
    }

    public void Dispose()
    {
        _sent.Dispose();
        foreach (var turn in _turns)
        {
            turn.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
