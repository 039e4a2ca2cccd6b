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
        var caregiver = booking.Parties.CaregiverId is { } caregiverId ? await caregivers.FindAsync(caregiverId, cancellationToken) : null;
        var visit = booking.Visits.FirstOrDefault(v => v.Id == command.VisitId) ?? throw new NotFoundException("Visit", command.VisitId);
        if (caregiver is not null && !caregiver.IsAvailable(command.Start, visit.Duration))
        {
            throw new BusinessRuleException(Booking.CaregiverNotWorking, IndonesianTimeZones.ToLocal(command.Start, caregiver.TimeZone));
        }

        if (caregiver is not null && await bookings.AnyVisitOverlapsAsync(
            caregiver.Id, [new TimeWindow(command.Start, command.Start + visit.Duration)], visit.Id, cancellationToken))
        {
            throw new BusinessRuleException(Booking.CaregiverAlreadyBooked);
        }

        var now = clock.GetUtcNow();
        booking.MoveVisit(visit.Id, command.Start, by, now, policy.LatestStart(now), cards.AuthorisationLasts);
        return BookingView.Of(booking, currentUser.UserId);
    }
}
