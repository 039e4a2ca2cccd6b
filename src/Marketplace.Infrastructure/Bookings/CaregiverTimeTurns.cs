using Marketplace.Application.Bookings;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Infrastructure.Bookings;

/// <summary>
/// A save that writes visits holding a caregiver's time first takes that caregiver's turn (<see cref="TransactionLocks"/>),
/// caregivers in the order of their ids, so two requests booking or moving one caregiver's time at once write one after
/// the other: the second meets the first's committed visit and is refused as double-booked (a 409).
/// </summary>
/// <remarks>
/// Without the turn, PostgreSQL's exclusion constraint on visits (<see cref="DatabaseGuards.CaregiverDoubleBooked"/>) lets
/// each of two inserters of overlapping visits find the other's uncommitted row and wait for it: a deadlock, which
/// PostgreSQL breaks by failing one of them (40P01), and the family was told "try again shortly" (a 503) or, with the
/// pool exhausted by waiters, nothing useful at all. SQL Server's trigger takes range locks after its insert and meets
/// the same. Every visit added or changed is counted, not only a moved one: an update PostgreSQL cannot make in place
/// writes the constraint's index again and is checked again. Runs inside the command's transaction
/// (<see cref="UnitOfWork"/>), where the turn lasts until the commit; a save outside a transaction takes none (it would
/// end with its own statement) and has the database's guard alone. Taken before the sponsor budgets' row updates
/// (<see cref="Sponsors.SponsorBudgets"/>), in every save alike.
/// </remarks>
internal sealed class CaregiverTimeTurns : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        foreach (var caregiverId in CaregiversWritten(eventData.Context))
        {
            TransactionLocks.Take(eventData.Context!.Database, TurnOf(caregiverId));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        foreach (var caregiverId in CaregiversWritten(eventData.Context))
        {
            await TransactionLocks.TakeAsync(eventData.Context!.Database, TurnOf(caregiverId), cancellationToken);
        }

        return result;
    }

    private static string TurnOf(Guid caregiverId) => "caregiver-time:" + caregiverId.ToString("N");

    /// <summary>Caregivers whose held time this save writes, in one order for every save so that turns never wait in a circle.</summary>
    private static List<Guid> CaregiversWritten(DbContext? context) =>
        context is null || context.Database.CurrentTransaction is null
            ? []
            : [.. context.ChangeTracker.Entries<BookingVisit>()
                .Where(visit => visit.State is EntityState.Added or EntityState.Modified && visit.Entity is { HoldsTime: true, CaregiverId: not null })
                .Select(visit => visit.Entity.CaregiverId!.Value).Distinct().Order()];
}
