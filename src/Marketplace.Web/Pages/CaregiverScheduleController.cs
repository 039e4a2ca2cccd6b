using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings.View;
using Marketplace.Application.SharedKernel;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Pages;

/// <summary>A caregiver's week: each day's visits in local time, with links to the weeks before and after.</summary>
[Authorize(Roles = AccountRoles.Caregiver)]
[Route("caregiver/schedule")]
public sealed class CaregiverScheduleController(IMediator mediator, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(DateOnly? week, CancellationToken cancellationToken)
    {
        var zone = IndonesianTimeZones.Wita;
        var day = week ?? IndonesianTimeZones.LocalDate(clock.GetUtcNow(), zone);
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var visits = await mediator.Send(
            new GetMySchedule(IndonesianTimeZones.ToInstant(monday, TimeOnly.MinValue, zone), IndonesianTimeZones.ToInstant(monday.AddDays(7), TimeOnly.MinValue, zone)),
            cancellationToken);
        return View(new ScheduleWeek(monday, zone, visits));
    }
}

/// <summary>The seven days from <see cref="Monday"/> with the visits that fall on each, by local date.</summary>
public sealed record ScheduleWeek(DateOnly Monday, string TimeZone, IReadOnlyList<ScheduledVisit> Visits)
{
    public IEnumerable<(DateOnly Day, IReadOnlyList<ScheduledVisit> Visits)> Days =>
        Enumerable.Range(0, 7).Select(Monday.AddDays).Select(day =>
            (day, (IReadOnlyList<ScheduledVisit>)[.. Visits.Where(v => DateOnly.FromDateTime(v.Start.DateTime) == day)]));
}
