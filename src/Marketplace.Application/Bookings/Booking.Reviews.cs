namespace Marketplace.Application.Bookings;

public sealed partial class Booking
{
    /// <summary>
    /// The end of the latest care given under this booking by <paramref name="now"/>, or null when none was: a home
    /// visit the caregiver checked out of; a daycare day or clinic slot of a confirmed booking whose time has passed
    /// uncancelled (places have no check-in). A no-show is not care given.
    /// </summary>
    public DateTimeOffset? CareGivenUntil(DateTimeOffset now)
    {
        var given = _visits.Where(visit => visit.Status == VisitStatus.Completed
            || (Kind != BookingKind.HomeCare && visit.Status == VisitStatus.Scheduled && visit.EndsAt <= now && WasConfirmed))
            .Select(visit => visit.EndsAt)
            .ToList();
        return given.Count == 0 ? null : given.Max();
    }

    /// <summary>Whether the booking was confirmed at some point: it is now, or it was paid for before it was cancelled.</summary>
    private bool WasConfirmed => Status is BookingStatus.Confirmed or BookingStatus.InProgress or BookingStatus.Completed
        || (Status == BookingStatus.Cancelled && Payment is not null);
}
