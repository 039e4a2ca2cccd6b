namespace Marketplace.Infrastructure.Persistence.Entries;

/// <summary>
/// How many places of a daycare are taken on one day. Written only by <see cref="PlaceCounter"/>; the
/// check constraint keeps <see cref="Taken"/> within <see cref="Capacity"/> under any concurrency.
/// </summary>
public sealed class DaycareDay
{
    public required Guid ListingId { get; init; }

    public required DateOnly Date { get; init; }

    public int Taken { get; init; }

    /// <summary>The listing's places per day when a place was last taken.</summary>
    public int Capacity { get; init; }
}
