using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings.Replacements;

/// <summary>
/// The visits of a booking that need another caregiver (<see cref="Booking.ReplacementCauseOf"/>), each with the booking
/// that already asks someone else for its time, if the family made one: a request of the same person's home care,
/// requested, accepted or confirmed, holding time that overlaps the visit. Once that booking is declined, expires or is
/// cancelled, the visit needs a caregiver again.
/// </summary>
public sealed class ReplacementNeeds(IBookingRepository bookings, ICaregiverRepository caregivers)
{
    public async Task<IReadOnlyList<VisitToReplace>> ListAsync(Booking booking, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (booking.Kind != BookingKind.HomeCare || !booking.Visits.Any(visit => visit.StartsAt > now))
        {
            return [];
        }

        var suspended = booking.Parties.CaregiverId is { } caregiverId
            && (await caregivers.FindAsync(caregiverId, cancellationToken))?.Verification == VerificationStatus.Suspended;
        var needs = new List<VisitToReplace>();
        foreach (var (visit, cause) in booking.VisitsToReplace(suspended, now))
        {
            var covering = await bookings.ListOpenForRecipientAsync(booking.Parties.RecipientId, new TimeWindow(visit.StartsAt, visit.EndsAt), cancellationToken);
            needs.Add(new VisitToReplace(visit, cause, covering.FirstOrDefault(other => other.Id != booking.Id)));
        }

        return needs;
    }
}

/// <summary>A visit that needs another caregiver, why, and the booking that already asks someone for its time (null while none does).</summary>
public sealed record VisitToReplace(BookingVisit Visit, ReplacementCause Cause, Booking? CoveredBy);
