using Marketplace.Application.Bookings;
using Marketplace.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Bookings;

/// <summary>
/// Moves the events a booking raised, and the card captures and releases it asked for, into the outbox in the same
/// save, so an email or a payment step follows every committed change and never one that rolled back.
/// </summary>
internal sealed class BookingEventCapture(TimeProvider clock) : OutboxSaveCapture
{
    protected override void Capture(DbContext context)
    {
        var now = clock.GetUtcNow();
        foreach (var booking in context.ChangeTracker.Entries<Booking>().Select(e => e.Entity).Where(b => b.Events.Count > 0 || b.CardSettlements.Count > 0).ToList())
        {
            context.AddRange(booking.Events.Select(e => OutboxMessage.For(e, now)));
            context.AddRange(booking.CardSettlements.Select(s => OutboxMessage.For(s, now)));
            booking.ClearEvents();
            booking.ClearCardSettlements();
        }
    }
}
