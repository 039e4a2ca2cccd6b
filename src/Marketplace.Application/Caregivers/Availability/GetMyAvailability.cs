using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Caregivers.Availability;

public sealed record GetMyAvailability : IQuery<AvailabilityView>;

public sealed class GetMyAvailabilityHandler(ICurrentUser currentUser, ICaregiverRepository caregivers, IBookingRepository bookings, TimeProvider clock)
    : IQueryHandler<GetMyAvailability, AvailabilityView>
{
    public async ValueTask<AvailabilityView> Handle(GetMyAvailability query, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.GetOwnAsync(currentUser, cancellationToken);
        var kept = await new VisitsInTimeOff(bookings).FindAsync(caregiver, caregiver.TimeOff, [], clock.GetUtcNow(), cancellationToken);
        return AvailabilityView.Of(caregiver, VisitsInTimeOff.Views(kept));
    }
}
