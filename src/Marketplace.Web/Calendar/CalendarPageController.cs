using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings.Calendar;
using Marketplace.Application.SharedKernel;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Calendar;

/// <summary>
/// Calendars of visits in local time, as a grid with the days' list under it: a week (<c>?week=yyyy-MM-dd</c>, any day
/// of it) or a month (<c>?month=yyyy-MM</c>), with links to the periods before and after. A caregiver's schedule shows
/// the visits they give and their time off; a family's calendar the visits, daycare days and clinic appointments it
/// booked (an enterprise's, those of its listings). A period that cannot be read or shown gives this one, with a message.
/// </summary>
public sealed class CalendarPageController(IMediator mediator, TimeProvider clock) : Controller
{
    public const string CaregiverPath = "/caregiver/schedule";
    public const string BookingsPath = "/bookings/calendar";

    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpGet("caregiver/schedule")]
    public Task<IActionResult> Schedule(string? week, string? month, CancellationToken cancellationToken) =>
        ShowAsync(CaregiverPath, "Schedule.Title", week, month, cancellationToken);

    [Authorize(Roles = AccountRoles.Family + "," + AccountRoles.Enterprise)]
    [HttpGet("bookings/calendar")]
    public Task<IActionResult> Bookings(string? week, string? month, CancellationToken cancellationToken) =>
        ShowAsync(BookingsPath, "Calendar.Title", week, month, cancellationToken);

    private async Task<IActionResult> ShowAsync(string path, string titleKey, string? week, string? month, CancellationToken cancellationToken)
    {
        // Today in WITA picks the default period; the calendar itself says the account's own today.
        var (period, refused) = CalendarPeriod.Read(week, month, IndonesianTimeZones.LocalDate(clock.GetUtcNow(), IndonesianTimeZones.Wita));
        var calendar = await mediator.Send(new GetMyCalendar(period.GridFirst, period.GridEnd), cancellationToken);
        return View("Index", new CalendarPage(path, titleKey, period, calendar, refused));
    }
}
