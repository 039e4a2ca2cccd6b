using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Caregivers;

/// <summary>
/// Whether a visit fits a caregiver's week: it lies inside one weekly window on its local day (visits do
/// not run past midnight) and touches no time off. Weekly windows are local time in <paramref name="timeZone"/>.
/// </summary>
public static class WeeklySchedule
{
    public static bool Covers(
        string timeZone, IReadOnlyList<WeeklySlot> weekly, IReadOnlyList<TimeOff> timeOff, DateTimeOffset start, TimeSpan duration)
    {
        var end = start + duration;
        var localStart = IndonesianTimeZones.ToLocal(start, timeZone);
        var localEnd = IndonesianTimeZones.ToLocal(end, timeZone);
        if (localEnd.Date != localStart.Date && localEnd.TimeOfDay != TimeSpan.Zero)
        {
            return false;
        }

        var from = TimeOnly.FromTimeSpan(localStart.TimeOfDay);
        var until = localEnd.TimeOfDay == TimeSpan.Zero && localEnd.Date != localStart.Date ? TimeOnly.MaxValue : TimeOnly.FromTimeSpan(localEnd.TimeOfDay);
        return weekly.Any(slot => slot.Day == localStart.DayOfWeek && slot.Start <= from && until <= slot.End)
            && !timeOff.Any(period => period.From < end && start < period.To);
    }
}
