using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Scheduling;

/// <summary>
/// Runs each scheduled job once across app instances: a job runs only on the instance that takes its lease,
/// a row per job taken with one conditional update, so of several instances ticking at once exactly one
/// wins. A lease ends on its own, so when its holder dies another instance takes the job over.
/// </summary>
public sealed class JobLeases(MarketplaceDbContext db, WriteTurns turns, TimeProvider clock)
{
    private static readonly DateTimeOffset NeverHeld = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>Takes the lease of <paramref name="job"/> for <paramref name="duration"/> unless another instance holds it; true when taken.</summary>
    public async Task<bool> TryTakeAsync(string job, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var turn = await turns.TakeAsync(cancellationToken);
        await EnsureRowAsync(job, cancellationToken);
        var now = clock.GetUtcNow();
        var until = now + duration;
        var taken = await db.Set<JobLease>()
            .Where(lease => lease.Name == job && lease.LeasedUntil <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.LeasedUntil, until).SetProperty(l => l.HeldBy, Instance), cancellationToken);
        return taken == 1;
    }

    // The first instance to run a job makes its row; one that loses the race to make it finds it made.
    private async Task EnsureRowAsync(string job, CancellationToken cancellationToken)
    {
        if (await db.Set<JobLease>().AnyAsync(lease => lease.Name == job, cancellationToken))
        {
            return;
        }

        var row = db.Set<JobLease>().Add(new JobLease { Name = job, LeasedUntil = NeverHeld });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance made the row at the same moment: the update below competes for it.
        }
        finally
        {
            row.State = EntityState.Detached;
        }
    }
}
