using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings;

/// <summary>
/// The transitions: requested, then accepted, declined or expired; confirmed once the family has chosen how to pay
/// (at once when the care costs nothing); visits checked in and out, moved, or recorded as no-shows; cancelled by
/// either side before a visit starts.
/// </summary>
public sealed partial class Booking
{
    public void Accept(DateTimeOffset now)
    {
        RequireStatus(BookingStatus.Requested, "Only a request waiting for an answer can be accepted.");
        if (now >= RespondBy)
        {
            throw new BusinessRuleException("This request has expired; the family can send a new one.");
        }

        Status = ConfirmedWhenFree(BookingStatus.Accepted);
        AnsweredAt = now;
        Raise(BookingEventKind.Accepted);
    }

    public void Decline(DateTimeOffset now)
    {
        RequireStatus(BookingStatus.Requested, "Only a request waiting for an answer can be declined.");
        Close(BookingStatus.Declined, now);
        Raise(BookingEventKind.Declined);
    }

    /// <summary>Ends a request nobody answered in time, freeing the caregiver's time.</summary>
    public void Expire(DateTimeOffset now)
    {
        RequireStatus(BookingStatus.Requested, "Only a request waiting for an answer can expire.");
        if (now < RespondBy)
        {
            throw new BusinessRuleException("The caregiver still has time to answer.");
        }

        Close(BookingStatus.Expired, now);
        Raise(BookingEventKind.Expired);
    }

    /// <summary>
    /// Ends an accepted booking the family never confirmed (never paid for) once its first visit has begun: the
    /// caregiver's time is free again, and a sponsor's reserved share goes back to its budget. A late charge for a visit
    /// cancelled on its own meanwhile is still owed, paid offline.
    /// </summary>
    public void LapseUnpaid(DateTimeOffset now)
    {
        RequireStatus(BookingStatus.Accepted, "Only an accepted booking waiting for payment can lapse.");
        // A visit cancelled on its own is not the first visit: the family can still confirm until the first one left.
        if (_visits.Where(v => v.HoldsTime).Min(v => v.StartsAt) > now)
        {
            throw new BusinessRuleException("The family can still confirm this booking before its first visit.");
        }

        Close(BookingStatus.Expired, now);
        OweOfflineWhenUnpaid(now);
        SettleWhenOver(now);
        Raise(BookingEventKind.PaymentLapsed);
    }

    /// <summary>The caregiver arrives for the visit that is due now (or the one named).</summary>
    public BookingVisit CheckIn(Guid? visitId, DateTimeOffset now)
    {
        RequireStatus(BookingStatus.Confirmed, Status == BookingStatus.Accepted
            ? "The family has not confirmed this booking yet: check in once they have chosen how to pay."
            : "Check in only to a confirmed booking.");
        var visit = visitId is { } id
            ? FindVisit(id)
            : _visits.FirstOrDefault(v => v.IsDueForCheckIn(now))
                ?? throw new BusinessRuleException("No visit of this booking is due now: check in from 30 minutes before it starts.");
        visit.CheckIn(now);
        Status = BookingStatus.InProgress;
        return visit;
    }

    /// <summary>The caregiver leaves and records the visit; the booking completes with its last visit.</summary>
    public BookingVisit CheckOut(VisitLog log, DateTimeOffset now)
    {
        if (Status == BookingStatus.Completed)
        {
            throw new BusinessRuleException("Every visit of this booking is checked out already.");
        }

        RequireStatus(BookingStatus.InProgress, "Check in before checking out.");
        var visit = _visits.Single(v => v.Status == VisitStatus.InProgress);
        visit.CheckOut(log, now);
        ChargeFor(visit, now);
        Raise(BookingEventKind.VisitCompleted);
        CompleteAfterLastVisit(now);
        return visit;
    }

    /// <summary>
    /// Moves one home visit that has not started to a new start, keeping its length. The caller checks
    /// that the caregiver works then; the database refuses an overlap with their other visits. A card holding the
    /// price (for <paramref name="cardHoldLasts"/> from when it was held) must still hold it when the moved visit is
    /// over and logged.
    /// </summary>
    public BookingVisit MoveVisit(Guid visitId, DateTimeOffset newStart, BookingSide by, DateTimeOffset now, DateTimeOffset latestStart, TimeSpan cardHoldLasts)
    {
        var visit = CheckMove(visitId, newStart, now, latestStart, cardHoldLasts);
        visit.MoveTo(new TimeWindow(newStart, newStart + visit.Duration), now);
        Raise(BookingEventKind.VisitMoved, by);
        return visit;
    }

    /// <summary>
    /// Whether <see cref="MoveVisit"/> would move the visit (throws its refusal, changes nothing): a page shows the new time,
    /// or why not, before anything is saved.
    /// </summary>
    /// <returns>The visit that would move.</returns>
    public BookingVisit CheckMove(Guid visitId, DateTimeOffset newStart, DateTimeOffset now, DateTimeOffset latestStart, TimeSpan cardHoldLasts)
    {
        var visit = FindVisit(visitId);
        if (Kind != BookingKind.HomeCare)
        {
            throw new BusinessRuleException("Only home visits can be moved; cancel and book another day or slot.");
        }

        if (!IsOpen)
        {
            throw new BusinessRuleException("This booking can no longer be changed.");
        }

        if (newStart <= now)
        {
            throw new BusinessRuleException("Every visit must start in the future.");
        }

        if (newStart > latestStart)
        {
            throw new BusinessRuleException(BeyondHorizon);
        }

        if (Payment?.HeldUntil(cardHoldLasts) is { } heldUntil && newStart + visit.Duration + CaptureMargin > heldUntil)
        {
            throw new BusinessRuleException(
                "The card holds the price only until {0:dddd d MMMM yyyy HH:mm}; move the visit to end a day before then, or cancel it and book the new day separately.",
                IndonesianTimeZones.ToLocal(heldUntil, TimeZone));
        }

        if (!visit.IsToCome(now))
        {
            throw new BusinessRuleException(BookingVisit.NotToMove);
        }

        return visit;
    }

    /// <summary>The caregiver came and nobody was there: the visit is kept as a no-show.</summary>
    public BookingVisit MarkNoShow(Guid visitId, DateTimeOffset now)
    {
        RequireStatus(BookingStatus.Confirmed, "Record a no-show only for a confirmed booking.");
        var visit = FindVisit(visitId);
        visit.MarkNoShow(now);
        ChargeFor(visit, now);
        Raise(BookingEventKind.NoShow);
        CompleteAfterLastVisit(now);
        return visit;
    }

    private void CompleteAfterLastVisit(DateTimeOffset now)
    {
        if (_visits.All(v => v.Status is VisitStatus.Completed or VisitStatus.Cancelled or VisitStatus.NoShow))
        {
            Status = BookingStatus.Completed;
            Raise(BookingEventKind.Completed);
            SettleWhenOver(now);
        }
        else
        {
            Status = BookingStatus.Confirmed;
        }
    }

    /// <summary>Whether the booking may still be changed or cancelled: nothing has begun that closes it.</summary>
    public bool IsOpen => Status is BookingStatus.Requested or BookingStatus.Accepted or BookingStatus.Confirmed;

    /// <summary>Care that costs nothing (a free clinic slot) needs no payment: it is confirmed as soon as it is agreed.</summary>
    private BookingStatus ConfirmedWhenFree(BookingStatus agreed) => Price == Money.Zero ? BookingStatus.Confirmed : agreed;

    private BookingVisit FindVisit(Guid id) =>
        _visits.FirstOrDefault(v => v.Id == id) ?? throw new NotFoundException("Visit", id);

    private void Close(BookingStatus status, DateTimeOffset now)
    {
        Status = status;
        AnsweredAt = now;
        _visits.ForEach(visit => visit.Release());
    }

    private void RequireStatus(BookingStatus expected, string refusal)
    {
        if (Status != expected)
        {
            throw new BusinessRuleException(refusal);
        }
    }
}
