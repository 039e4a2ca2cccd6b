using System.Globalization;
using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings.View;
using Marketplace.Application.SharedKernel;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Pages;

/// <summary>
/// A caregiver's visits in local time: a week (<c>?week=yyyy-MM-dd</c>, every day shown) or a month
/// (<c>?month=yyyy-MM</c>, only the days with visits), with links to the periods before and after.
/// </summary>
[Authorize(Roles = AccountRoles.Caregiver)]
[Route("caregiver/schedule")]
public sealed class CaregiverScheduleController(IMediator mediator, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(DateOnly? week, string? month, CancellationToken cancellationToken)
    {
        var zone = IndonesianTimeZones.Wita;
        var today = IndonesianTimeZones.LocalDate(clock.GetUtcNow(), zone);
        // A week or month out of any sensible range (a hand-typed address) shows this week instead.
        var period = FormDates.Month(month) is { } firstOfMonth
            ? new SchedulePeriod(firstOfMonth, firstOfMonth.AddMonths(1), zone, IsMonth: true, [])
            : SchedulePeriod.WeekOf(week is { } asked && PlausibleDates.IsPlausible(asked) ? asked : today, zone);
        var visits = await mediator.Send(
            new GetMySchedule(IndonesianTimeZones.ToInstant(period.First, TimeOnly.MinValue, zone), IndonesianTimeZones.ToInstant(period.End, TimeOnly.MinValue, zone)),
            cancellationToken);
        return View(period with { Visits = visits });
    }
}

/// <summary>The days from <see cref="First"/> up to (not including) <see cref="End"/>, with the visits that fall on each by local date.</summary>
public sealed record SchedulePeriod(DateOnly First, DateOnly End, string TimeZone, bool IsMonth, IReadOnlyList<ScheduledVisit> Visits)
{
    public static SchedulePeriod WeekOf(DateOnly day, string timeZone)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new(monday, monday.AddDays(7), timeZone, IsMonth: false, []);
    }

    /// <summary>Every day of a week; only the busy days of a month, which would otherwise be a long list of "free".</summary>
    public IEnumerable<(DateOnly Day, IReadOnlyList<ScheduledVisit> Visits)> Days =>
        Enumerable.Range(0, End.DayNumber - First.DayNumber).Select(First.AddDays)
            .Select(day => (day, (IReadOnlyList<ScheduledVisit>)[.. Visits.Where(v => DateOnly.FromDateTime(v.Start.DateTime) == day)]))
            .Where(day => !IsMonth || day.Item2.Count > 0);

    public string Link(int steps) => IsMonth
        ? "/caregiver/schedule?month=" + First.AddMonths(steps).ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : "/caregiver/schedule?week=" + First.AddDays(7 * steps).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string OtherViewLink => IsMonth
        ? "/caregiver/schedule?week=" + First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : "/caregiver/schedule?month=" + First.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
