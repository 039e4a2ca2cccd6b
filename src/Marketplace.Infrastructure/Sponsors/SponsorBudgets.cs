using Marketplace.Application.Bookings;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Infrastructure.Sponsors;

/// <summary>
/// Applies the sponsor-budget changes bookings recorded, in the save that stores them: one statement per change adds to
/// the programme's committed amount, so concurrent confirmations queue on the programme's row and its check constraint
/// refuses the one that would overspend (the whole save then rolls back, and the family is told why). An asynchronous
/// save waits for the row asynchronously: a thread blocked on a busy row would starve the others of threads.
/// </summary>
internal sealed class SponsorBudgets : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        foreach (var (booking, change) in Changes(eventData.Context))
        {
            Refusing(() => eventData.Context!.Database.ExecuteSql(Statement(change)));
            booking.ClearSponsorBudgetChanges();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        foreach (var (booking, change) in Changes(eventData.Context))
        {
            try
            {
                await eventData.Context!.Database.ExecuteSqlAsync(Statement(change), cancellationToken);
            }
            catch (Exception failure) when (DatabaseGuards.RefusalOf(failure) is { } refusal)
            {
                throw refusal;
            }

            booking.ClearSponsorBudgetChanges();
        }

        return result;
    }

    private static List<(Booking Booking, SponsorBudgetChange Change)> Changes(DbContext? context) =>
        context is null ? [] : [.. context.ChangeTracker.Entries<Booking>().SelectMany(e => e.Entity.SponsorBudgetChanges.Select(change => (e.Entity, change)))];

    private static FormattableString Statement(SponsorBudgetChange change) =>
        $"""UPDATE "SponsorProgrammes" SET "CommittedIdr" = "CommittedIdr" + {change.DeltaIdr} WHERE "Id" = {change.ProgrammeId}""";

    private static void Refusing(Action statement)
    {
        try
        {
            statement();
        }
        catch (Exception failure) when (DatabaseGuards.RefusalOf(failure) is { } refusal)
        {
            throw refusal;
        }
    }
}
