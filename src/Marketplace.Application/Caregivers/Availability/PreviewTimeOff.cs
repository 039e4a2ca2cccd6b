using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Caregivers.Availability;

/// <summary>
/// The booked visits that time off, if it were saved, would newly fall on (<see cref="VisitsInTimeOff"/>): what the caregiver
/// chooses to cancel or keep. Saves nothing.
/// </summary>
public sealed record PreviewTimeOff(IReadOnlyList<TimeOffPeriod> TimeOff) : IQuery<IReadOnlyList<VisitInTimeOff>>;

public sealed class PreviewTimeOffHandler(ICurrentUser currentUser, ICaregiverRepository caregivers, IBookingRepository bookings, TimeProvider clock)
    : IQueryHandler<PreviewTimeOff, IReadOnlyList<VisitInTimeOff>>
{
    public async ValueTask<IReadOnlyList<VisitInTimeOff>> Handle(PreviewTimeOff query, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.GetOwnAsync(currentUser, cancellationToken);
        List<TimeOff> timeOff = [.. query.TimeOff.Select(t => new TimeOff(t.From.ToUniversalTime(), t.To.ToUniversalTime()))];
        return VisitsInTimeOff.Views(await new VisitsInTimeOff(bookings).FindAsync(caregiver, timeOff, caregiver.TimeOff, clock.GetUtcNow(), cancellationToken));
    }
}
