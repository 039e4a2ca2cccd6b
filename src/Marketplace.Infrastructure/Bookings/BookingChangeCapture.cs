using Marketplace.Application.Bookings;
using Marketplace.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Bookings;

/// <summary>
/// Adds what a booking recorded to the same save as its change: the events it raised and the card authorisations,
/// captures and releases it asked for (as outbox messages), and the ledger lines it posted. An email, a payment step or
/// money moved in the ledger so follows every committed change and never one that rolled back. (Sponsor budgets follow it the same
/// way, through <see cref="Sponsors.SponsorBudgets"/>.)
/// </summary>
internal sealed class BookingChangeCapture(TimeProvider clock) : OutboxSaveCapture
{
    protected override void Capture(DbContext context)
    {
        var now = clock.GetUtcNow();
        var recorded = context.ChangeTracker.Entries<Booking>().Select(e => e.Entity)
            .Where(b => b.Events.Count > 0 || b.CardSettlements.Count > 0 || b.CardAuthorisations.Count > 0 || b.LedgerEntries.Count > 0).ToList();
        foreach (var booking in recorded)
        {
            context.AddRange(booking.Events.Select(e => OutboxMessage.For(e, now)));
            context.AddRange(booking.CardSettlements.Select(s => OutboxMessage.For(s, now)));
            context.AddRange(booking.CardAuthorisations.Select(a => OutboxMessage.For(a, now)));
            context.AddRange(booking.LedgerEntries);
            booking.ClearEvents();
            booking.ClearCardSettlements();
            booking.ClearCardAuthorisations();
            booking.ClearLedgerEntries();
        }
    }
}
