using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Caregivers.Availability;

/// <summary>
/// The caregiver's week and time off, as <c>PUT /caregivers/me/availability</c> takes them; with the booked visits still
/// to come that fall in the time off (kept to be worked), by start.
/// </summary>
public sealed record AvailabilityView(string TimeZone, IReadOnlyList<WeeklyWindow> Weekly, IReadOnlyList<TimeOffPeriod> TimeOff, IReadOnlyList<VisitInTimeOff> VisitsInTimeOff)
{
    public static AvailabilityView Of(Caregiver caregiver, IReadOnlyList<VisitInTimeOff> visitsInTimeOff) => new(
        caregiver.TimeZone,
        [.. caregiver.WeeklyAvailability.Select(slot => new WeeklyWindow(slot.Day, slot.Start, slot.End))],
        [.. caregiver.TimeOff.Select(period => new TimeOffPeriod(
            IndonesianTimeZones.ToLocal(period.From, caregiver.TimeZone), IndonesianTimeZones.ToLocal(period.To, caregiver.TimeZone)))],
        visitsInTimeOff);
}

/// <summary>A weekly window: <c>{"day":"monday","start":"08:00","end":"16:00"}</c> in the caregiver's local time.</summary>
public sealed record WeeklyWindow(DayOfWeek Day, TimeOnly Start, TimeOnly End);

/// <summary>Time off between two instants with their offsets, e.g. <c>2026-12-24T00:00:00+08:00</c>; answered in the caregiver's zone.</summary>
public sealed record TimeOffPeriod(DateTimeOffset From, DateTimeOffset To);
