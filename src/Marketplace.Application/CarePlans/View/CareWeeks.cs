using Marketplace.Application.Families;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.CarePlans.View;

/// <summary>Builds a person's plan view with a week of progress from the visit logs and family logs of that week.</summary>
public sealed class CareWeeks(ICarePlanRepository plans, TimeProvider clock)
{
    /// <summary>
    /// The view of <paramref name="recipient"/>'s <paramref name="plan"/> (null when none is written) for the week
    /// holding <paramref name="day"/> (default: today in the person's zone).
    /// </summary>
    public async Task<CarePlanView> ViewAsync(
        CareRecipient recipient, CarePlan? plan, DateOnly? day, bool youMayWrite, bool youMayLog, CancellationToken cancellationToken)
    {
        var zone = ZoneOf(recipient);
        var today = IndonesianTimeZones.LocalDate(clock.GetUtcNow(), zone);
        var from = MondayOf(day ?? today);
        var to = from.AddDays(6);
        var visits = await plans.ListLoggedVisitsAsync(
            recipient.Id, IndonesianTimeZones.ToInstant(from, TimeOnly.MinValue, zone),
            IndonesianTimeZones.ToInstant(to.AddDays(1), TimeOnly.MinValue, zone), cancellationToken);
        var logs = await plans.ListFamilyLogsAsync(recipient.Id, from, to, cancellationToken);
        CareEntry[] entries =
        [
            .. visits.Select(v => new CareEntry(
                IndonesianTimeZones.LocalDate(v.CheckedOutAt, zone), v.CheckedOutAt, CareGivenBy.Caregiver, v.BookingId, v.CaregiverName,
                v.Log.Tasks, v.Log.Notes, v.Log.Vitals, v.Log.Fell)),
            .. logs.Select(l => new CareEntry(l.Day, l.LoggedAt, CareGivenBy.Family, null, null, l.Tasks, l.Notes, l.Vitals, l.Fell)),
        ];
        var content = plan?.Content ?? CarePlanContent.Empty;
        var week = new CareWeek(from, to, [.. content.Tasks.Select(task => ProgressOf(task, entries, from))], [.. entries.OrderBy(e => e.Day).ThenBy(e => e.At)]);
        return new CarePlanView(
            recipient.Id, recipient.Name, zone, today, plan is not null, content.Goals, content.Tasks, content.Thresholds, plan?.UpdatedAt,
            youMayWrite, youMayLog, week);
    }

    /// <summary>The zone the person lives in, from their address's area code.</summary>
    public static string ZoneOf(CareRecipient recipient) => IndonesianTimeZones.ForArea(recipient.Address.AreaCode);

    /// <summary>The Monday of the week (Monday to Sunday, as Indonesian calendars run) holding <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static TaskProgress ProgressOf(CarePlanTask task, IReadOnlyList<CareEntry> entries, DateOnly monday)
    {
        var doing = entries.Where(e => e.Tasks.Contains(task.Task, StringComparer.Ordinal)).ToList();
        return new TaskProgress(
            task.Task, task.TimesPerWeek,
            doing.Count(e => e.By == CareGivenBy.Caregiver), doing.Count(e => e.By == CareGivenBy.Family),
            [.. Enumerable.Range(0, 7).Select(offset => doing.Count(e => e.Day == monday.AddDays(offset)))]);
    }
}
