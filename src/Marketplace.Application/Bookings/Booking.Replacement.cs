namespace Marketplace.Application.Bookings;

/// <summary>
/// Which home visits a family may give to another caregiver (docs/decisions/0019-continuity-of-care.md): a visit still
/// to start that its caregiver cancelled, or that she cannot give because she is suspended. A visit she kept in her time
/// off needs nobody else: she said she would come.
/// </summary>
public sealed partial class Booking
{
    /// <summary>
    /// Why the family may look for another caregiver for <paramref name="visit"/> at <paramref name="now"/>, or null when
    /// it need not: the visit is a home visit still to start and either its caregiver cancelled it (on its own, or with
    /// the whole booking, from her side; time off she cancelled visits for is such a cancellation), or
    /// <paramref name="caregiverSuspended"/> while the booking still stands and the visit is still scheduled.
    /// </summary>
    public ReplacementCause? ReplacementCauseOf(BookingVisit visit, bool caregiverSuspended, DateTimeOffset now)
    {
        if (Kind != BookingKind.HomeCare || visit.StartsAt <= now)
        {
            return null;
        }

        var cancelledBy = visit.Status == VisitStatus.Cancelled ? visit.Cancellation?.By ?? Cancellation?.By : null;
        if (cancelledBy == BookingSide.Provider)
        {
            return ReplacementCause.CaregiverCancelled;
        }

        return caregiverSuspended && visit.Status == VisitStatus.Scheduled && IsOpen ? ReplacementCause.CaregiverSuspended : null;
    }

    /// <summary>The visits <see cref="ReplacementCauseOf"/> names, by start.</summary>
    public IReadOnlyList<(BookingVisit Visit, ReplacementCause Cause)> VisitsToReplace(bool caregiverSuspended, DateTimeOffset now) =>
        [.. _visits.OrderBy(v => v.StartsAt)
            .Select(visit => (visit, cause: ReplacementCauseOf(visit, caregiverSuspended, now)))
            .Where(pair => pair.cause is not null)
            .Select(pair => (pair.visit, pair.cause!.Value))];
}

/// <summary>Why a home visit needs another caregiver.</summary>
public enum ReplacementCause
{
    /// <summary>The caregiver cancelled it (on its own, with her booking, or for time off).</summary>
    CaregiverCancelled,

    /// <summary>The booking stands, but its caregiver is suspended after a complaint: the family may want someone else.</summary>
    CaregiverSuspended,
}
