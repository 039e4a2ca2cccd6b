using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Caregivers.Availability;

/// <summary>
/// A caregiver replaces their weekly windows and time off in one go. Booked visits that new time off falls on
/// (<see cref="VisitsInTimeOff"/>) are kept, cancelled from the caregiver's side (the families pay nothing and are told),
/// or, asked to (<see cref="BookedVisitsChoice.Ask"/>), make the save refused (409) until the caregiver chooses.
/// </summary>
public sealed record SetMyAvailability(
    string TimeZone, IReadOnlyList<WeeklyWindow> Weekly, IReadOnlyList<TimeOffPeriod> TimeOff, BookedVisitsChoice BookedVisits = BookedVisitsChoice.Keep)
    : ICommand<AvailabilityView>
{
    /// <summary>Said when new time off falls on booked visits and the caregiver has not chosen what to do with them; {0} is how many.</summary>
    public const string ChooseForVisits = "The new time off falls on {0} booked visit(s): choose whether to cancel them or keep working them.";
}

public sealed class SetMyAvailabilityHandler(ICurrentUser currentUser, ICaregiverRepository caregivers, IBookingRepository bookings, IPlaceCounter places, TimeProvider clock)
    : ICommandHandler<SetMyAvailability, AvailabilityView>
{
    public async ValueTask<AvailabilityView> Handle(SetMyAvailability command, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.GetOwnAsync(currentUser, cancellationToken);
        var now = clock.GetUtcNow();
        var inTimeOff = new VisitsInTimeOff(bookings);
        List<TimeOff> timeOff = [.. command.TimeOff.Select(t => new TimeOff(t.From.ToUniversalTime(), t.To.ToUniversalTime()))];
        var covered = await inTimeOff.FindAsync(caregiver, timeOff, caregiver.TimeOff, now, cancellationToken);
        if (covered.Count > 0 && command.BookedVisits == BookedVisitsChoice.Ask)
        {
            throw new BusinessRuleException(SetMyAvailability.ChooseForVisits, covered.Count);
        }

        caregiver.SetAvailability(command.TimeZone, [.. command.Weekly.Select(w => new WeeklySlot(w.Day, w.Start, w.End))], timeOff);
        if (command.BookedVisits == BookedVisitsChoice.Cancel)
        {
            foreach (var visits in covered.GroupBy(pair => pair.Booking, pair => pair.Visit.Id))
            {
                var (_, cancelled) = visits.Key.CancelVisits([.. visits], BookingSide.Provider, now);
                await places.GiveBackAsync(visits.Key, cancelled, cancellationToken);
            }
        }

        var kept = await inTimeOff.FindAsync(caregiver, caregiver.TimeOff, [], now, cancellationToken);
        return AvailabilityView.Of(caregiver, VisitsInTimeOff.Views(kept));
    }
}
