using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Caregivers.Availability;

/// <summary>A caregiver replaces their weekly windows and time off in one go.</summary>
public sealed record SetMyAvailability(string TimeZone, IReadOnlyList<WeeklyWindow> Weekly, IReadOnlyList<TimeOffPeriod> TimeOff)
    : ICommand<AvailabilityView>;

public sealed class SetMyAvailabilityHandler(ICurrentUser currentUser, ICaregiverRepository caregivers)
    : ICommandHandler<SetMyAvailability, AvailabilityView>
{
    public async ValueTask<AvailabilityView> Handle(SetMyAvailability command, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.GetOwnAsync(currentUser, cancellationToken);
        caregiver.SetAvailability(
            command.TimeZone,
            [.. command.Weekly.Select(w => new WeeklySlot(w.Day, w.Start, w.End))],
            [.. command.TimeOff.Select(t => new TimeOff(t.From.ToUniversalTime(), t.To.ToUniversalTime()))]);
        return AvailabilityView.Of(caregiver);
    }
}
