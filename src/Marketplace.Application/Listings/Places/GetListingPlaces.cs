using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Listings.Places;

/// <summary>
/// The places still free at a daycare (its opening days over the next two weeks, from tomorrow) or a
/// mobile clinic (each slot still to come). Families choose from it; the enterprise watches its capacity.
/// </summary>
public sealed record GetListingPlaces(Guid ListingId) : IQuery<ListingPlaces>;

public sealed record ListingPlaces(IReadOnlyList<DayPlaces> Days, IReadOnlyList<SlotPlaces> Slots);

public sealed record DayPlaces(DateOnly Date, int Capacity, int Free);

public sealed record SlotPlaces(Guid SlotId, string PlaceName, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, int Free);

public sealed class GetListingPlacesHandler(
    ICurrentUser currentUser, IListingRepository listings, IEnterpriseRepository enterprises, IPlaceCounter places, TimeProvider clock)
    : IQueryHandler<GetListingPlaces, ListingPlaces>
{
    public const int DaysAhead = 14;

    public async ValueTask<ListingPlaces> Handle(GetListingPlaces query, CancellationToken cancellationToken)
    {
        var listing = await listings.GetVisibleAsync(query.ListingId, enterprises, currentUser, cancellationToken);
        var now = clock.GetUtcNow();
        if (listing.Daycare is { } daycare)
        {
            var tomorrow = IndonesianTimeZones.LocalDate(now, listing.TimeZone).AddDays(1);
            var taken = await places.DaycareTakenAsync(listing.Id, tomorrow, tomorrow.AddDays(DaysAhead - 1), cancellationToken);
            return new([.. Enumerable.Range(0, DaysAhead).Select(tomorrow.AddDays)
                .Where(date => daycare.OpeningDays.Contains(date.DayOfWeek))
                .Select(date => new DayPlaces(date, daycare.PlacesPerDay, daycare.PlacesPerDay - taken.GetValueOrDefault(date)))], []);
        }

        var slots = listing.Stops.SelectMany(stop => stop.Slots.Select(slot => (stop.PlaceName, Slot: slot)))
            .Where(s => s.Slot.StartsAt > now).OrderBy(s => s.Slot.StartsAt).ToList();
        var slotTaken = await places.ClinicTakenAsync([.. slots.Select(s => s.Slot.Id)], cancellationToken);
        return new([], [.. slots.Select(s => new SlotPlaces(
            s.Slot.Id, s.PlaceName, IndonesianTimeZones.ToLocal(s.Slot.StartsAt, listing.TimeZone), IndonesianTimeZones.ToLocal(s.Slot.EndsAt, listing.TimeZone),
            s.Slot.Capacity, s.Slot.Capacity - slotTaken.GetValueOrDefault(s.Slot.Id)))]);
    }
}
