using Marketplace.Application.Common.Errors;
using Marketplace.Application.Listings;
using Mediator;

namespace Marketplace.Application.Bookings.Reserve;

/// <summary>A family books one appointment in a slot of a mobile clinic's stop; taken at once against the slot's capacity.</summary>
public sealed record ReserveClinicSlot(Guid SlotId, Guid RecipientId) : ICommand<BookingView>;

public sealed class ReserveClinicSlotHandler(
    IListingRepository listings, ListingForBooking listingForBooking, IPlaceCounter places, IBookingRepository bookings, BookingPolicy policy,
    TimeProvider clock)
    : ICommandHandler<ReserveClinicSlot, BookingView>
{
    public async ValueTask<BookingView> Handle(ReserveClinicSlot command, CancellationToken cancellationToken)
    {
        var listing = ListingForBooking.Visible(await listings.FindBySlotAsync(command.SlotId, cancellationToken), command.SlotId, "Slot");
        var (_, parties) = await listingForBooking.PartiesAsync(command.RecipientId, listing, ListingKind.MobileClinic, cancellationToken);
        var slot = listing.Stops.SelectMany(stop => stop.Slots).Single(s => s.Id == command.SlotId);
        if (await bookings.RecipientHoldsPlaceAsync(command.RecipientId, slot.Id, [slot.StartsAt], cancellationToken))
        {
            throw new BusinessRuleException(Booking.RecipientAlreadyPlaced);
        }

        var booking = Booking.Reserve(
            new PlaceReservation(
                BookingKind.MobileClinic, parties, [new TimeWindow(slot.StartsAt, slot.EndsAt)], slot.Id, listing.MobileClinic!.PricePerVisit,
                listing.TimeZone, listing.LateCancellationPercent, listing.LatestBookableDate(policy, clock.GetUtcNow()),
                policy.SocialEnterpriseCommissionPercent),
            clock.GetUtcNow());
        await places.TakeClinicSlotAsync(slot.Id, cancellationToken);
        bookings.Add(booking);
        return BookingView.Of(booking, parties.FamilyUserId);
    }
}
