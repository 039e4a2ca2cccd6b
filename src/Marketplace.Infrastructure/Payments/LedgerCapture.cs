using Marketplace.Application.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Infrastructure.Payments;

/// <summary>
/// Adds the ledger lines a booking posted to the same save as the booking's change, so money moves in the ledger
/// exactly when the change commits, and never for one that rolled back.
/// </summary>
internal sealed class LedgerCapture : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static void Capture(DbContext? context)
    {
        foreach (var booking in context?.ChangeTracker.Entries<Booking>().Select(e => e.Entity).Where(b => b.LedgerEntries.Count > 0).ToList() ?? [])
        {
            context!.AddRange(booking.LedgerEntries);
            booking.ClearLedgerEntries();
        }
    }
}
