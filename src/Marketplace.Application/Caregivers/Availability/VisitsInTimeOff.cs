using Marketplace.Application.Bookings;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Caregivers.Availability;

/// <summary>
/// Which booked visits a caregiver's time off falls on: visits still to come of their bookings still open (requested,
/// accepted or confirmed) that overlap a period of time off. Time off they already had does not count again: its
/// visits were kept on purpose (or were booked before it), and are only listed, never asked about twice.
/// </summary>
public sealed class VisitsInTimeOff(IBookingRepository bookings)
{
    /// <summary>The caregiver's visits to come that overlap <paramref name="timeOff"/> but none of <paramref name="alreadyOff"/>, by start.</summary>
    public async Task<IReadOnlyList<(Booking Booking, BookingVisit Visit)>> FindAsync(
        Caregiver caregiver, IReadOnlyList<TimeOff> timeOff, IReadOnlyList<TimeOff> alreadyOff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (timeOff.Count == 0)
        {
            return [];
        }

        var found = await bookings.ListOpenHoldingTimeAsync(caregiver.Id, now, timeOff.Max(period => period.To), cancellationToken);
        return [.. found
            .Where(booking => booking.Parties.ProviderUserId == caregiver.UserId)
            .SelectMany(booking => booking.Visits
                .Where(visit => visit.IsToCome(now) && Overlaps(visit, timeOff) && !Overlaps(visit, alreadyOff))
                .Select(visit => (booking, visit)))
            .OrderBy(pair => pair.visit.StartsAt)];
    }

    /// <summary>The visits as the caregiver reads them: in the booking's zone, with the first name of the person cared for.</summary>
    public static IReadOnlyList<VisitInTimeOff> Views(IEnumerable<(Booking Booking, BookingVisit Visit)> visits) =>
        [.. visits.Select(pair => new VisitInTimeOff(
            pair.Booking.Id, pair.Visit.Id, PersonNames.FirstOf(pair.Booking.Parties.RecipientName),
            IndonesianTimeZones.ToLocal(pair.Visit.StartsAt, pair.Booking.TimeZone), IndonesianTimeZones.ToLocal(pair.Visit.EndsAt, pair.Booking.TimeZone)))];

    private static bool Overlaps(BookingVisit visit, IReadOnlyList<TimeOff> periods) =>
        periods.Any(period => visit.StartsAt < period.To && period.From < visit.EndsAt);
}

/// <summary>A booked visit in the caregiver's time off: whose (the first name of the person cared for) and when, in the booking's zone.</summary>
public sealed record VisitInTimeOff(Guid BookingId, Guid VisitId, string RecipientFirstName, DateTimeOffset Start, DateTimeOffset End);

/// <summary>What to do with booked visits that new time off falls on.</summary>
public enum BookedVisitsChoice
{
    /// <summary>Save the time off and keep working those visits (the default, as before the choice existed).</summary>
    Keep,

    /// <summary>Save the time off and cancel those visits, from the caregiver's side: the family pays nothing and is told.</summary>
    Cancel,

    /// <summary>Save nothing when any visit is in the new time off (409): the caregiver is asked to choose.</summary>
    Ask,
}
