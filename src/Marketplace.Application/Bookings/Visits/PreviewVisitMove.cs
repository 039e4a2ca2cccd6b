using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Bookings.Visits;

/// <summary>
/// What moving a visit to <see cref="Start"/> would be, before it is saved: the new time, the price (unchanged: the
/// visit keeps its length and rate) and the late-cancellation terms at the new time, or why it cannot move. Without a
/// start, only the visit as it is (to choose one). For the booking's family and provider (403 to an admin or care
/// manager, 404 to anyone else, and for a visit not of the booking).
/// </summary>
public sealed record PreviewVisitMove(Guid BookingId, Guid VisitId, DateTimeOffset? Start) : IQuery<VisitMovePreview>;

public sealed class PreviewVisitMoveHandler(
    ICurrentUser currentUser, IBookingRepository bookings, ICaregiverRepository caregivers, BookingPolicy policy, ICardProcessor cards, TimeProvider clock)
    : IQueryHandler<PreviewVisitMove, VisitMovePreview>
{
    public async ValueTask<VisitMovePreview> Handle(PreviewVisitMove query, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(query.BookingId, currentUser, cancellationToken);
        var by = booking.SideOf(currentUser.RequireUserId()) ?? throw new ForbiddenException("Only the family or the provider can change a booking.");
        var visit = booking.Visits.FirstOrDefault(v => v.Id == query.VisitId) ?? throw new NotFoundException("Visit", query.VisitId);
        var now = clock.GetUtcNow();
        DateTimeOffset Local(DateTimeOffset instant) => IndonesianTimeZones.ToLocal(instant, booking.TimeZone);
        var current = new VisitMovePreview(
            booking.Id, visit.Id, booking.Parties.RecipientName, booking.Parties.ProviderName, by, booking.TimeZone, Local(visit.StartsAt), Local(visit.EndsAt),
            null, booking.VisitPrice.Rupiah, booking.LateCancellationPercent, booking.LateShare.Rupiah, null);
        if (query.Start is not { } start)
        {
            return current;
        }

        MoveRefusal? refusal = null;
        try
        {
            await new VisitMoveRules(bookings, caregivers, policy, cards).CheckAsync(booking, visit.Id, start, now, cancellationToken);
        }
        catch (BusinessRuleException refused)
        {
            refusal = new MoveRefusal(refused.Rule, refused.Arguments);
        }

        var freeUntil = start - Booking.FreeCancellationNotice;
        return current with { To = new MovedVisit(Local(start), Local(start + visit.Duration), Local(freeUntil), freeUntil <= now), Refusal = refusal };
    }
}

/// <summary>
/// A visit's move as it would be, seen by <see cref="By"/>: from <see cref="From"/>–<see cref="FromEnd"/> (the booking's
/// zone) to <see cref="To"/> (null until a new start is given), its price <see cref="VisitPriceIdr"/> unchanged; a family
/// cancelling it late would pay <see cref="LateChargeIdr"/> (<see cref="LateCancellationPercent"/> % of the price).
/// <see cref="Refusal"/> is why it cannot move (then nothing may be saved), or null.
/// </summary>
public sealed record VisitMovePreview(
    Guid BookingId,
    Guid VisitId,
    string RecipientName,
    string ProviderName,
    BookingSide By,
    string TimeZone,
    DateTimeOffset From,
    DateTimeOffset FromEnd,
    MovedVisit? To,
    long VisitPriceIdr,
    int LateCancellationPercent,
    long LateChargeIdr,
    MoveRefusal? Refusal);

/// <summary>
/// The new time: <see cref="Start"/>–<see cref="End"/>. Cancelling the moved visit would be free until
/// <see cref="FreeCancellationUntil"/> and then cost the family the late share; <see cref="LateAtOnce"/> says the new time
/// is within that notice already.
/// </summary>
public sealed record MovedVisit(DateTimeOffset Start, DateTimeOffset End, DateTimeOffset FreeCancellationUntil, bool LateAtOnce);

/// <summary>A rule that refuses the move, in English (its translation key), with what it names.</summary>
public sealed record MoveRefusal(string Rule, IReadOnlyList<object> Arguments);
