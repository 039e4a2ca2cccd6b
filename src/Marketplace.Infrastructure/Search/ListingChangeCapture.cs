using Marketplace.Application.Listings;
using Marketplace.Application.Search.Services;
using Marketplace.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Marketplace.Infrastructure.Search;

/// <summary>
/// Writes a <see cref="ListingChanged"/> outbox message, in the same save, for every listing whose row,
/// daycare or clinic details, or stops change: the services index hears of every change the database keeps.
/// </summary>
internal sealed class ListingChangeCapture(TimeProvider clock) : OutboxSaveCapture
{
    private const string OwnerKey = "ListingId";

    protected override void Capture(DbContext context)
    {
        var now = clock.GetUtcNow();
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(ListingIdOf).OfType<Guid>().Distinct().ToList();
        context.AddRange(changed.Select(id => OutboxMessage.For(new ListingChanged(id), now)));
    }

    private static Guid? ListingIdOf(EntityEntry entry) => entry.Entity switch
    {
        Listing listing => listing.Id,
        DaycareDetails or MobileClinicDetails or ClinicStop => (Guid?)entry.Property(OwnerKey).CurrentValue,
        _ => null,
    };
}
