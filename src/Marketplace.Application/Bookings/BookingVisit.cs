using Marketplace.Application.Common.Errors;
using Marketplace.Application.Families;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings;

/// <summary>
/// One occurrence of a booking: a home visit at a time. While it <see cref="HoldsTime"/>, the database
/// refuses any other visit of the same caregiver that overlaps it.
/// </summary>
public sealed class BookingVisit
{
    private BookingVisit(
        Guid id, BookingKind kind, Guid familyId, Guid? caregiverId, Guid recipientId, RecipientKind? recipientKind, Guid? placeId,
        DateTimeOffset startsAt, DateTimeOffset endsAt, string? recipientAreaCode)
    {
        Id = id;
        Kind = kind;
        FamilyId = familyId;
        CaregiverId = caregiverId;
        RecipientId = recipientId;
        RecipientKind = recipientKind;
        PlaceId = placeId;
        StartsAt = startsAt;
        EndsAt = endsAt;
        RecipientAreaCode = recipientAreaCode;
        LengthMinutes = (int)(endsAt - startsAt).TotalMinutes;
    }

    /// <summary>Said when a visit asked to be cancelled has started, been given or been cancelled already.</summary>
    public const string NotToCome = "Only a visit that has not started can be cancelled.";

    /// <summary>Said when a visit asked to be moved has started, been given or been cancelled.</summary>
    public const string NotToMove = "Only a visit that has not started can be moved.";

    /// <summary>A caregiver may arrive a little early; checking in earlier than this is a mistake.</summary>
    public static readonly TimeSpan EarliestCheckIn = TimeSpan.FromMinutes(30);

    public Guid Id { get; private set; }

    /// <summary>Copied from the booking, like <see cref="FamilyId"/>, <see cref="RecipientKind"/> and <see cref="BookingWasConfirmed"/>, so the regional report counts care on this table alone.</summary>
    public BookingKind Kind { get; private set; }

    /// <summary>The family the booking is for (<see cref="BookingParties.FamilyId"/>), copied for the regional report.</summary>
    public Guid FamilyId { get; private set; }

    /// <summary>The person's kind as booked (<see cref="BookingParties.RecipientKind"/>), copied for the regional report.</summary>
    public RecipientKind? RecipientKind { get; private set; }

    /// <summary>
    /// Whether the booking has been confirmed at some point (it is now, or was paid for before it was cancelled), kept
    /// equal to the booking's by <see cref="Booking"/> whenever its state changes: a daycare day or clinic slot of such a
    /// booking counts as care given once it ends (<see cref="Booking.CareGivenUntil"/>).
    /// </summary>
    public bool BookingWasConfirmed { get; private set; }

    /// <summary>
    /// Copied from the booking so the database can guard a caregiver's time on this table alone; null for
    /// daycare days and clinic slots, whose limit is the listing's capacity.
    /// </summary>
    public Guid? CaregiverId { get; private set; }

    /// <summary>Copied from the booking, with <see cref="PlaceId"/>, so the database can refuse one person two places at once.</summary>
    public Guid RecipientId { get; private set; }

    /// <summary>
    /// The place a daycare day or clinic appointment takes (the daycare listing, or the clinic slot); null for
    /// home visits. While the visit holds time, the database refuses a second one of the same recipient at the
    /// same place and start: one child, one place a day; one person, one appointment a slot.
    /// </summary>
    public Guid? PlaceId { get; private set; }

    /// <summary>
    /// Copied from the booking (<see cref="BookingParties.RecipientAreaCode"/>) so the regional report finds the care given in
    /// an area and period on this table alone, through one index.
    /// </summary>
    public string? RecipientAreaCode { get; private set; }

    /// <summary>The visit's booked length in whole minutes (<see cref="Duration"/>), kept so the database can sum hours of care.</summary>
    public int LengthMinutes { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public VisitStatus Status { get; private set; } = VisitStatus.Scheduled;

    /// <summary>Whether the caregiver's time is taken by this visit: false once it is cancelled, declined or expired.</summary>
    public bool HoldsTime { get; private set; } = true;

    public DateTimeOffset? CheckedInAt { get; private set; }

    public DateTimeOffset? CheckedOutAt { get; private set; }

    /// <summary>What the caregiver did, recorded at check-out.</summary>
    public VisitLog? Log { get; private set; }

    /// <summary>
    /// Who cancelled this visit on its own (the rest of its booking going on), when, and what the family was charged for
    /// it; null for a visit not cancelled, or cancelled with its whole booking (see <see cref="Booking.Cancellation"/>).
    /// </summary>
    public VisitCancellation? Cancellation { get; private set; }

    /// <summary>When both sides were reminded of this visit (a day ahead); null until then.</summary>
    public DateTimeOffset? RemindedAt { get; private set; }

    public TimeSpan Duration => EndsAt - StartsAt;

    internal void MarkReminded(DateTimeOffset at) => RemindedAt = at;

    internal static BookingVisit Plan(BookingKind kind, BookingParties parties, Guid? placeId, TimeWindow window, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), kind, parties.FamilyId, placeId is null ? parties.CaregiverId : null, parties.RecipientId, parties.RecipientKind,
            placeId, window.Start.ToUniversalTime(), window.End.ToUniversalTime(), parties.RecipientAreaCode);

    internal void FollowConfirmation(bool bookingWasConfirmed) => BookingWasConfirmed = bookingWasConfirmed;

    /// <summary>Whether the visit may still be cancelled: it is scheduled and has not started.</summary>
    public bool IsToCome(DateTimeOffset now) => Status == VisitStatus.Scheduled && StartsAt > now;

    public bool IsDueForCheckIn(DateTimeOffset now) =>
        Status == VisitStatus.Scheduled && now >= StartsAt - EarliestCheckIn && now < EndsAt;

    internal void CheckIn(DateTimeOffset now)
    {
        if (!IsDueForCheckIn(now))
        {
            throw new BusinessRuleException("Check in from 30 minutes before the visit starts until it ends.");
        }

        Status = VisitStatus.InProgress;
        CheckedInAt = now;
    }

    internal void CheckOut(VisitLog log, DateTimeOffset now)
    {
        if (Status != VisitStatus.InProgress)
        {
            throw new BusinessRuleException("Check in to the visit before checking out.");
        }

        if (now < StartsAt)
        {
            throw new BusinessRuleException("A visit can be checked out only once its time has begun.");
        }

        if (log.IsEmpty)
        {
            throw new BusinessRuleException(VisitLog.EmptyRefusal);
        }

        Status = VisitStatus.Completed;
        CheckedOutAt = now;
        Log = log;
    }

    internal void MoveTo(TimeWindow window, DateTimeOffset now)
    {
        if (Status != VisitStatus.Scheduled || StartsAt <= now)
        {
            throw new BusinessRuleException(NotToMove);
        }

        StartsAt = window.Start.ToUniversalTime();
        EndsAt = window.End.ToUniversalTime();

        // Both sides are reminded again of the new time, a day before it.
        RemindedAt = null;
    }

    internal void MarkNoShow(DateTimeOffset now)
    {
        if (Status != VisitStatus.Scheduled || now < StartsAt)
        {
            throw new BusinessRuleException("A no-show can be recorded only once the visit's time has come.");
        }

        Status = VisitStatus.NoShow;
    }

    /// <summary>This visit alone is cancelled, before it starts: the caregiver's time is free, and the charge recorded.</summary>
    internal void CancelAlone(VisitCancellation cancellation)
    {
        if (!IsToCome(cancellation.At))
        {
            throw new BusinessRuleException(NotToCome);
        }

        Release();
        Cancellation = cancellation;
    }

    /// <summary>Frees the caregiver's time; a visit already given stays as it was.</summary>
    internal void Release()
    {
        if (Status == VisitStatus.Scheduled)
        {
            Status = VisitStatus.Cancelled;
            HoldsTime = false;
        }
    }
}

/// <summary>One visit cancelled on its own: by which side, when, and the family's late-cancellation charge for it (Rp 0 when none).</summary>
public sealed record VisitCancellation(BookingSide By, DateTimeOffset At, Money Charge);
