using Marketplace.Application.Bookings;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Reviews;
using Marketplace.Application.Search;
using Marketplace.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Marketplace.Infrastructure.Search;

/// <summary>
/// Writes a <see cref="CaregiverChanged"/> outbox message, in the same save, for every caregiver whose
/// row or whose certificates, weekly windows, time off, booked visits or reviews change. No use case has to remember to tell
/// the search index: a change the database keeps is a change the index hears about.
/// </summary>
internal sealed class CaregiverChangeCapture(TimeProvider clock) : OutboxSaveCapture
{
    private const string OwnerKey = "CaregiverId";

    protected override void Capture(DbContext context)
    {
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(CaregiverIdOf).OfType<Guid>().Distinct().ToList();
        var alreadyQueued = context.ChangeTracker.Entries<OutboxMessage>()
            .Where(e => e.State == EntityState.Added && e.Entity.Type == OutboxHandlers.TypeName(typeof(CaregiverChanged)))
            .Select(e => e.Entity.Payload).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        foreach (var id in changed)
        {
            var message = OutboxMessage.For(new CaregiverChanged(id), now);
            if (alreadyQueued.Add(message.Payload))
            {
                context.Add(message);
            }
        }
    }

    private static Guid? CaregiverIdOf(EntityEntry entry) => entry.Entity switch
    {
        Caregiver caregiver => caregiver.Id,
        Certificate or WeeklySlot or TimeOff => (Guid?)entry.Property(OwnerKey).CurrentValue,

        // A visit taken, moved or freed changes when the caregiver is free.
        BookingVisit visit => visit.CaregiverId,

        // A review written or hidden changes their rating.
        Review review => review.CaregiverId,
        _ => null,
    };
}
