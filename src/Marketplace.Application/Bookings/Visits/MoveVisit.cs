using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Payments;
using Mediator;

namespace Marketplace.Application.Bookings.Visits;

/// <summary>The family or the caregiver moves one home visit that has not started to another time; the other side is told.</summary>
public sealed record MoveVisit(Guid BookingId, Guid VisitId, DateTimeOffset Start) : ICommand<BookingView>;

public sealed class MoveVisitHandler(
    ICurrentUser currentUser, IBookingRepository bookings, ICaregiverRepository caregivers, BookingPolicy policy, ICardProcessor cards, TimeProvider clock)
    : ICommandHandler<MoveVisit, BookingView>
{
    public async ValueTask<BookingView> Handle(MoveVisit command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(command.BookingId, currentUser, cancellationToken);
        var by = booking.SideOf(currentUser.RequireUserId())
            ?? throw new ForbiddenException("Only the family or the provider can change a booking.");
        var now = clock.GetUtcNow();
        await new VisitMoveRules(bookings, caregivers, policy, cards).CheckAsync(booking, command.VisitId, command.Start, now, cancellationToken);
        booking.MoveVisit(command.VisitId, command.Start, by, now, policy.LatestStart(now), cards.AuthorisationLasts);
        return BookingView.Of(booking, currentUser.UserId);
    }
}

/// <summary>
/// Everything that decides whether a visit may move to a new start: the booking's own rules (an open home-care booking,
/// a visit to come, within the horizon and what a held card covers), then the caregiver's hours and time off and their
/// other visits. Throws the first refusal (409), or 404 for a visit not of the booking; changes nothing.
/// </summary>
internal sealed class VisitMoveRules(IBookingRepository bookings, ICaregiverRepository caregivers, BookingPolicy policy, ICardProcessor cards)
{
    public async Task CheckAsync(Booking booking, Guid visitId, DateTimeOffset start, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var visit = booking.CheckMove(visitId, start, now, policy.LatestStart(now), cards.AuthorisationLasts);
        var caregiver = booking.Parties.CaregiverId is { } caregiverId ? await caregivers.ReadAsync(caregiverId, cancellationToken) : null;
        if (caregiver is null)
        {
            return;
        }

        if (!caregiver.IsAvailable(start, visit.Duration))
        {
            throw new BusinessRuleException(Booking.CaregiverNotWorking, IndonesianTimeZones.ToLocal(start, caregiver.TimeZone));
        }

        if (await bookings.AnyVisitOverlapsAsync(caregiver.Id, [new TimeWindow(start, start + visit.Duration)], visit.Id, cancellationToken))
        {
            throw new BusinessRuleException(Booking.CaregiverAlreadyBooked);
        }
    }
}
