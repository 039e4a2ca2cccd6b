using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// Optimistic concurrency for whole aggregates. Each aggregate root (booking, listing, caregiver, family,
/// enterprise, affiliation) has a <c>Version</c> column that is a concurrency token; every save that changes
/// the root or anything it holds (a booking's visit, a caregiver's certificate, a listing's clinic slot)
/// raises the root's version, so the save's UPDATE matches only the version it read. Of two requests that
/// both read a booking as Requested, the second to commit changes no row and fails: the app answers 409
/// instead of letting the last write win.
/// </summary>
internal sealed class AggregateVersions : SaveChangesInterceptor
{
    public const string Property = "Version";

    /// <summary>Said when another request changed the aggregate between this one's read and its save.</summary>
    public const string ChangedMeanwhile = "Someone else changed this at the same moment; look again and try once more.";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Raise(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Raise(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static void Raise(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var tracked = new TrackedEntries([.. context.ChangeTracker.Entries()]);
        var roots = tracked.All
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(tracked.RootOf).OfType<EntityEntry>()
            .Where(root => root.State is EntityState.Unchanged or EntityState.Modified)
            .DistinctBy(root => root.Entity, ReferenceEqualityComparer.Instance);
        foreach (var root in roots)
        {
            var version = root.Property(Property);
            version.CurrentValue = (long)version.OriginalValue! + 1;
        }
    }

    /// <summary>
    /// The entries the context tracks, found by key. One pass over the change tracker serves every changed entry: a
    /// save of thousands (an import, a booking with many visits and ledger lines) takes linear time, not quadratic.
    /// </summary>
    private sealed class TrackedEntries(IReadOnlyList<EntityEntry> all)
    {
        private readonly Dictionary<IKey, Dictionary<object?[], EntityEntry>> _byKey = [];

        public IReadOnlyList<EntityEntry> All => all;

        /// <summary>
        /// The aggregate root <paramref name="entry"/> belongs to: itself when it has a version, else the root of
        /// the parent that holds it (an owner, or a principal with a navigation to it); null when it is no part of one.
        /// </summary>
        public EntityEntry? RootOf(EntityEntry entry)
        {
            if (entry.Metadata.FindProperty(Property) is not null)
            {
                return entry;
            }

            foreach (var parent in entry.Metadata.GetForeignKeys().Where(fk => fk.IsOwnership || fk.PrincipalToDependent is not null))
            {
                var key = parent.Properties.Select(p => entry.State == EntityState.Deleted ? entry.OriginalValues[p] : entry.CurrentValues[p]);
                if (Find(parent.PrincipalKey, key) is { } principal)
                {
                    return RootOf(principal);
                }
            }

            return null;
        }

        private EntityEntry? Find(IKey key, IEnumerable<object?> values)
        {
            if (!_byKey.TryGetValue(key, out var index))
            {
                index = new Dictionary<object?[], EntityEntry>(KeyValuesComparer.Instance);
                foreach (var candidate in all.Where(candidate => key.DeclaringEntityType.IsAssignableFrom(candidate.Metadata)))
                {
                    index.TryAdd([.. key.Properties.Select(p => candidate.CurrentValues[p])], candidate);
                }

                _byKey[key] = index;
            }

            return index.GetValueOrDefault([.. values]);
        }
    }

    /// <summary>Key values compared value by value, as the database compares them.</summary>
    private sealed class KeyValuesComparer : IEqualityComparer<object?[]>
    {
        public static readonly KeyValuesComparer Instance = new();

        public bool Equals(object?[]? x, object?[]? y) => StructuralComparisons.StructuralEqualityComparer.Equals(x, y);

        public int GetHashCode(object?[] values) => StructuralComparisons.StructuralEqualityComparer.GetHashCode(values);
    }
}

internal static class AggregateVersionConfiguration
{
    /// <summary>Gives the aggregate root its <see cref="AggregateVersions.Property"/> concurrency token (a shadow property: the domain never sees it).</summary>
    public static EntityTypeBuilder<T> HasAggregateVersion<T>(this EntityTypeBuilder<T> builder)
        where T : class
    {
        builder.Property<long>(AggregateVersions.Property).IsConcurrencyToken();
        return builder;
    }
}
