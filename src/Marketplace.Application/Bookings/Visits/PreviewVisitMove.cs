using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Bookings.Visits;

/// <summary>
/// What moving a visit to <see cref="Start"/> would be, before it is saved: the new time, the price (unchanged: the
/// visit keeps its length and rate) and the late-cancellation terms at the new time, or why it cannot move. For the
/// booking's family and provider (403 to an admin, 404 to anyone else, and for a visit not of the booking).
/// </summary>
public sealed record PreviewVisitMove(Guid BookingId, Guid VisitId, DateTimeOffset Start) : IQuery<VisitMovePreview>;

public sealed class PreviewVisitMoveHandler(
    ICurrentUser currentUser, IBookingRepository bookings, ICaregiverRepository caregivers, BookingPolicy policy, ICardProcessor cards, TimeProvider clock)
    : IQueryHandler<PreviewVisitMove, VisitMovePreview>
{
    public async ValueTask<VisitMovePreview> Handle(PreviewVisitMove query, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(query.BookingId, currentUser, cancellationToken);
        _ = booking.SideOf(currentUser.RequireUserId()) ?? throw new ForbiddenException("Only the family or the provider can change a booking.");
        var visit = booking.Visits.FirstOrDefault(v => v.Id == query.VisitId) ?? throw new NotFoundException("Visit", query.VisitId);
        var now = clock.GetUtcNow();
        MoveRefusal? refusal = null;
        try
        {
            await new VisitMoveRules(bookings, caregivers, policy, cards).CheckAsync(booking, visit.Id, query.Start, now, cancellationToken);
        }
        catch (BusinessRuleException refused)
        {
            refusal = new MoveRefusal(refused.Rule, refused.Arguments);
        }

        DateTimeOffset Local(DateTimeOffset instant) => IndonesianTimeZones.ToLocal(instant, booking.TimeZone);
        var freeUntil = query.Start - Booking.FreeCancellationNotice;
        return new VisitMovePreview(
            booking.Id, visit.Id, booking.TimeZone, Local(visit.StartsAt), Local(visit.EndsAt), Local(query.Start), Local(query.Start + visit.Duration),
            booking.VisitPrice.Rupiah, booking.LateCancellationPercent, Local(freeUntil), freeUntil <= now, refusal);
    }
}

/// <summary>
/// A visit's move as it would be: from <see cref="From"/>–<see cref="FromEnd"/> to <see cref="To"/>–<see cref="ToEnd"/>
/// (the booking's zone), its price unchanged. Cancelling it would be free until <see cref="FreeCancellationUntil"/> and
/// then cost the family <see cref="LateCancellationPercent"/> % of the price; <see cref="LateAtOnce"/> says the new time is
/// within that notice already. <see cref="Refusal"/> is why it cannot move (then nothing may be saved), or null.
/// </summary>
public sealed record VisitMovePreview(
    Guid BookingId,
    Guid VisitId,
    string TimeZone,
    DateTimeOffset From,
    DateTimeOffset FromEnd,
    DateTimeOffset To,
    DateTimeOffset ToEnd,
    long VisitPriceIdr,
    int LateCancellationPercent,
    DateTimeOffset FreeCancellationUntil,
    bool LateAtOnce,
    MoveRefusal? Refusal);

/// <summary>A rule that refuses the move, in English (its translation key), with what it names.</summary>
public sealed record MoveRefusal(string Rule, IReadOnlyList<object> Arguments);
