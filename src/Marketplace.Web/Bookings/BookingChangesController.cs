using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings.Cancel;
using Marketplace.Application.Bookings.View;
using Marketplace.Application.Bookings.Visits;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;
using Marketplace.Web.Localization;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Bookings;

/// <summary>
/// Undoing and changing a booking, each shown before it is done and working without JavaScript: a cancellation (the whole
/// booking, or one visit) states on its own page what it charges before the person confirms it, and a visit's move shows
/// the new time, the price and terms, or why it cannot move, before it is saved. What is shown is what the use cases
/// decide: the confirmation sends back the charge it showed, and a different one is shown again rather than taken.
/// </summary>
[Authorize(Roles = AccountRoles.Family + "," + AccountRoles.Caregiver + "," + AccountRoles.Enterprise)]
[Route("bookings/{id:guid}")]
[AutoValidateAntiforgeryToken]
public sealed class BookingChangesController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    private const string ShowView = "~/Views/BookingsPage/Show.cshtml";

    /// <summary>The confirmation of cancelling the booking: every visit still to come, and what it charges.</summary>
    [HttpGet("cancel")]
    public Task<IActionResult> ConfirmCancel(Guid id, CancellationToken cancellationToken) => ConfirmAsync(id, null, cancellationToken);

    /// <summary>Cancels the booking; <c>chargeIdr</c> is the charge the confirmation showed (without it, the confirmation is shown).</summary>
    [HttpPost("cancel")]
    public Task<IActionResult> Cancel(Guid id, long? chargeIdr) =>
        ActAsync(id, null, new CancelBooking(id, ChargeShown(chargeIdr)), "Booking.Cancelled");

    /// <summary>The confirmation of cancelling one visit, and what it charges.</summary>
    [HttpGet("visits/{visitId:guid}/cancel")]
    public Task<IActionResult> ConfirmCancelVisit(Guid id, Guid visitId, CancellationToken cancellationToken) => ConfirmAsync(id, visitId, cancellationToken);

    /// <summary>Cancels one visit; <c>chargeIdr</c> is the charge the confirmation showed (without it, the confirmation is shown).</summary>
    [HttpPost("visits/{visitId:guid}/cancel")]
    public Task<IActionResult> CancelVisit(Guid id, Guid visitId, long? chargeIdr) =>
        ActAsync(id, visitId, new CancelVisit(id, visitId, ChargeShown(chargeIdr)), "Booking.VisitCancelled");

    /// <summary>
    /// A visit's move before it is saved: the visit as it is and a form for the new date and time (<c>?date=2026-12-08&amp;time=14:00</c>,
    /// in the booking's zone); given those, the new time with its price and terms, or why it cannot move.
    /// </summary>
    [HttpGet("visits/{visitId:guid}/move")]
    public async Task<IActionResult> PreviewMove(Guid id, Guid visitId, DateOnly? date, TimeOnly? time, CancellationToken cancellationToken)
    {
        var asked = date is not null || time is not null || Request.Query.ContainsKey(nameof(date)) || Request.Query.ContainsKey(nameof(time));
        var visit = await mediator.Send(new PreviewVisitMove(id, visitId, null), cancellationToken);

        // A date or time that cannot be read is said once, in the page's words, not as the binder's.
        ModelState.Remove(nameof(date));
        ModelState.Remove(nameof(time));
        var start = asked ? NewStart(date, time, visit.TimeZone) : null;
        var preview = start is { } chosen ? await mediator.Send(new PreviewVisitMove(id, visitId, chosen), cancellationToken) : visit;
        return View("Move", new MovePage(preview, date, time));
    }

    /// <summary>Saves a visit's move to <c>date</c> and <c>time</c> (the booking's zone), as its preview showed it.</summary>
    [HttpPost("visits/{visitId:guid}/move")]
    public async Task<IActionResult> Move(Guid id, Guid visitId, DateOnly? date, TimeOnly? time, CancellationToken cancellationToken)
    {
        var visit = await mediator.Send(new PreviewVisitMove(id, visitId, null), cancellationToken);
        var start = NewStart(date, time, visit.TimeZone);
        return await this.ActAsync(
            text,
            () => mediator.Send(new MoveVisit(id, visitId, start ?? default), HttpContext.RequestAborted).AsTask(),
            text["Booking.Moved"].Value,
            () => RedirectToAction("Show", "BookingsPage", new { id }),
            async () => View("Move", new MovePage(await mediator.Send(new PreviewVisitMove(id, visitId, start), HttpContext.RequestAborted), date, time)));
    }

    /// <summary>
    /// The charge the confirmation showed. A page cancels only what a person has seen the charge of: a form without it
    /// (not sent from the confirmation) is refused, and the confirmation shown.
    /// </summary>
    private long? ChargeShown(long? chargeIdr)
    {
        if (chargeIdr is null && ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(chargeIdr), text["Cancel.SeeChargeFirst"]);
        }

        return chargeIdr;
    }

    /// <summary>The start a date and time name in <paramref name="zone"/>; null, with the reason beside the date, when they name none.</summary>
    private DateTimeOffset? NewStart(DateOnly? date, TimeOnly? time, string zone)
    {
        if (date is null || time is null || !PlausibleDates.IsPlausible(date.Value))
        {
            ModelState.AddModelError(nameof(date), text[date is null || time is null ? "Booking.ChooseDateAndTime" : FormDates.OutOfRange]);
            return null;
        }

        return IndonesianTimeZones.ToInstant(date.Value, time.Value, zone);
    }

    /// <summary>The confirmation page; a booking with nothing left to cancel goes back to its page, saying why.</summary>
    private async Task<IActionResult> ConfirmAsync(Guid id, Guid? visitId, CancellationToken cancellationToken)
    {
        try
        {
            return View("Cancel", await mediator.Send(new PreviewCancellation(id, visitId), cancellationToken));
        }
        catch (BusinessRuleException rule)
        {
            TempData["Problem"] = UiText.Explain(rule);
            return RedirectToAction("Show", "BookingsPage", new { id });
        }
    }

    /// <summary>
    /// Sends a cancellation. Refused, the confirmation is shown again with the reason (a charge that changed, with the new
    /// one), or the booking's page when nothing is left to cancel.
    /// </summary>
    private Task<IActionResult> ActAsync(Guid id, Guid? visitId, ICommand<Application.Bookings.BookingView> command, string notice) =>
        this.ActAsync(
            text,
            () => mediator.Send(command, HttpContext.RequestAborted).AsTask(),
            text[notice].Value,
            () => RedirectToAction("Show", "BookingsPage", new { id }),
            async () =>
            {
                try
                {
                    return View("Cancel", await mediator.Send(new PreviewCancellation(id, visitId), HttpContext.RequestAborted));
                }
                catch (BusinessRuleException)
                {
                    return View(ShowView, await mediator.Send(new GetBooking(id), HttpContext.RequestAborted));
                }
            });
}

/// <summary>The move page: the preview, and the date and time as the person typed them (to show the form again).</summary>
public sealed record MovePage(VisitMovePreview Preview, DateOnly? Date, TimeOnly? Time);
