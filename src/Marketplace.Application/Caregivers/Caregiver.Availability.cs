using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Caregivers;

/// <summary>When the caregiver works: weekly windows in their local time, and periods away.</summary>
public sealed partial class Caregiver
{
    private readonly List<WeeklySlot> _weeklyAvailability = [];
    private readonly List<TimeOff> _timeOff = [];

    /// <summary>The zone the weekly windows and certificate dates are written in.</summary>
    public string TimeZone { get; private set; } = IndonesianTimeZones.Wita;

    public IReadOnlyList<WeeklySlot> WeeklyAvailability => _weeklyAvailability;

    public IReadOnlyList<TimeOff> TimeOff => _timeOff;

    /// <summary>Whether a visit from <paramref name="start"/> lasting <paramref name="duration"/> fits this caregiver's week.</summary>
    public bool IsAvailable(DateTimeOffset start, TimeSpan duration) =>
        WeeklySchedule.Covers(TimeZone, _weeklyAvailability, _timeOff, start, duration);

    public DateOnly Today(DateTimeOffset now) => IndonesianTimeZones.LocalDate(now, TimeZone);

    public void SetAvailability(string timeZone, IReadOnlyList<WeeklySlot> weekly, IReadOnlyList<TimeOff> timeOff)
    {
        if (!IndonesianTimeZones.IsIndonesian(timeZone))
        {
            throw new BusinessRuleException("The time zone must be Asia/Jakarta, Asia/Makassar or Asia/Jayapura.");
        }

        if (weekly.Any(slot => slot.End <= slot.Start) || timeOff.Any(period => period.To <= period.From))
        {
            throw new BusinessRuleException("Every window and every time off must end after it starts.");
        }

        if (WeeklySlot.AnyOverlap(weekly))
        {
            throw new BusinessRuleException("Weekly windows on the same day must not overlap.");
        }

        TimeZone = timeZone;
        _weeklyAvailability.Clear();
        _weeklyAvailability.AddRange(weekly.OrderBy(slot => slot.Day).ThenBy(slot => slot.Start));
        _timeOff.Clear();
        _timeOff.AddRange(timeOff.OrderBy(period => period.From));
    }
}
