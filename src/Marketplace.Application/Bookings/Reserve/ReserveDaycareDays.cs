using Marketplace.Application.Common.Errors;
using Marketplace.Application.Listings;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Bookings.Reserve;

/// <summary>A family books days at a published daycare for a child whose age fits; taken at once against the places per day.</summary>
public sealed record ReserveDaycareDays(Guid ListingId, Guid RecipientId, IReadOnlyList<DateOnly> Dates) : ICommand<BookingView>;

public sealed class ReserveDaycareDaysHandler(
    IListingRepository listings, ListingForBooking listingForBooking, IPlaceCounter places, IBookingRepository bookings, BookingPolicy policy,
    TimeProvider clock)
    : ICommandHandler<ReserveDaycareDays, BookingView>
{
    public async ValueTask<BookingView> Handle(ReserveDaycareDays command, CancellationToken cancellationToken)
    {
        var listing = ListingForBooking.Visible(await listings.FindAsync(command.ListingId, cancellationToken), command.ListingId);
        var (recipient, parties) = await listingForBooking.PartiesAsync(command.RecipientId, listing, ListingKind.Daycare, cancellationToken);
        var daycare = listing.Daycare!;
        var dates = command.Dates.Distinct().Order().ToList();
        if (dates.Where(date => !daycare.OpeningDays.Contains(date.DayOfWeek)).Select(date => (DateOnly?)date).FirstOrDefault() is { } closed)
        {
            throw new BusinessRuleException("The daycare is closed on {0:dddd d MMMM yyyy}; choose its opening days.", closed);
        }

        var age = dates[0].Year - recipient.BirthYear;
        if (age < daycare.MinAgeYears || age > daycare.MaxAgeYears)
        {
            throw new BusinessRuleException("The child's age is outside this daycare's age range.");
        }

        List<TimeWindow> windows = [.. dates.Select(date => new TimeWindow(
            IndonesianTimeZones.ToInstant(date, daycare.Opens, listing.TimeZone), IndonesianTimeZones.ToInstant(date, daycare.Closes, listing.TimeZone)))];
        if (await bookings.RecipientHoldsPlaceAsync(recipient.Id, listing.Id, [.. windows.Select(w => w.Start)], cancellationToken))
        {
            throw new BusinessRuleException(Booking.RecipientAlreadyPlaced);
        }

        var booking = Booking.Reserve(
            new PlaceReservation(
                BookingKind.Daycare, parties, windows, null, daycare.PricePerDay, listing.TimeZone, listing.LateCancellationPercent,
                listing.LatestBookableDate(policy, clock.GetUtcNow()), policy.SocialEnterpriseCommissionPercent),
            clock.GetUtcNow());
        await places.TakeDaycareDaysAsync(listing.Id, dates, daycare.PlacesPerDay, cancellationToken);
        bookings.Add(booking);
        return BookingView.Of(booking, parties.FamilyUserId);
    }
}
