namespace Marketplace.Application.Bookings;

public sealed partial class Booking
{
    /// <summary>How long before a visit (a daycare day, a clinic slot) both sides are reminded of it.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromHours(24);

    /// <summary>
    /// The visits of a booking that will happen (confirmed, or in progress) that start after <paramref name="now"/> and
    /// within <see cref="ReminderLead"/>, not reminded of yet, marked reminded now: each is returned once, whoever asks
    /// again later.
    /// </summary>
    public IReadOnlyList<BookingVisit> TakeRemindersDue(DateTimeOffset now)
    {
        if (Status is not (BookingStatus.Confirmed or BookingStatus.InProgress))
        {
            return [];
        }

        var due = _visits.Where(v => v.Status == VisitStatus.Scheduled && v.RemindedAt is null && v.StartsAt > now && v.StartsAt <= now + ReminderLead)
            .OrderBy(v => v.StartsAt).ToList();
        foreach (var visit in due)
        {
            visit.MarkReminded(now);
        }

        return due;
    }
}
