using Marketplace.Application.Bookings;
using Marketplace.Application.Complaints;

namespace Marketplace.Application.CarePlans;

/// <summary>
/// Something learnt about a person that a care plan's thresholds may judge: what a visit log or a family's log
/// recorded, a visit that did not take place, or a complaint. <see cref="Source"/> and <see cref="SourceId"/> say
/// where it was recorded, so the care manager can open it.
/// </summary>
public abstract record CareObservation(CareAlertSource Source, Guid SourceId)
{
    /// <summary>A visit log or a family's log: the vital signs measured (if any) and whether the person fell.</summary>
    public sealed record Recorded(CareAlertSource From, Guid Id, VitalSigns? Vitals, bool Fell) : CareObservation(From, Id);

    /// <summary>A visit of booking <paramref name="BookingId"/> that did not take place, and why.</summary>
    public sealed record VisitMissed(Guid BookingId, MissedVisitReason Reason) : CareObservation(CareAlertSource.Booking, BookingId);

    /// <summary>The family complained about booking <paramref name="BookingId"/>'s care.</summary>
    public sealed record Complained(Guid ComplaintId, ComplaintCategory Category) : CareObservation(CareAlertSource.Complaint, ComplaintId);
}

/// <summary>Why a visit did not take place.</summary>
public enum MissedVisitReason
{
    /// <summary>The caregiver came and nobody was there to receive them.</summary>
    NobodyHome,

    /// <summary>The caregiver or enterprise cancelled it.</summary>
    CancelledByProvider,
}
