using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Bookings.Answer;
using Marketplace.Application.Bookings.Quote;
using Marketplace.Application.Bookings.View;
using Marketplace.Application.Bookings.Visits;
using Marketplace.Application.Caregivers.GetProfile;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Families.Recipients;
using Marketplace.Application.Payments;
using Marketplace.Application.Payments.Pay;
using Marketplace.Application.SharedKernel;
using Marketplace.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>
/// Bookings in the browser: a family asks for visits from a caregiver's search result; both sides (a
/// caregiver, or the enterprise of a daycare or clinic) see their bookings; the caregiver answers, checks
/// in and out; the family confirms by choosing how to pay and the provider records what it received. Cancelling and
/// moving, each confirmed on a page of its own, are in <see cref="Bookings.BookingChangesController"/>. An admin may open a booking (to help either side), as the API lets them, and record a payment received.
/// </summary>
[Authorize(Roles = Parties + "," + AccountRoles.Admin)]
[Route("bookings")]
[AutoValidateAntiforgeryToken]
public sealed class BookingsPageController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    private const string Parties = AccountRoles.Family + "," + AccountRoles.Caregiver + "," + AccountRoles.Enterprise;

    /// <summary>The caller's bookings, <see cref="ListPageSize"/> a page, newest request first.</summary>
    [Authorize(Roles = Parties)]
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(await mediator.Send(new ListMyBookings(Page: page, PageSize: ListPageSize), cancellationToken));

    private const int ListPageSize = 50;

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetBooking(id), cancellationToken));

    /// <summary>The booking's receipt, laid out to print (the site's header and footer are left off paper).</summary>
    [HttpGet("{id:guid}/receipt")]
    public async Task<IActionResult> Receipt(Guid id, CancellationToken cancellationToken) =>
        View(await mediator.Send(new Application.Payments.Receipt.GetReceipt(id), cancellationToken));

    /// <summary>
    /// The request form, opened from a search result or a caregiver's page with the visit that was searched for
    /// (<c>?caregiverId=...&amp;date=2026-12-07&amp;time=09:00&amp;hours=3</c>), and its price. Those values only fill the
    /// form in: one that cannot be read is left blank for the family to choose, not refused.
    /// </summary>
    [Authorize(Roles = AccountRoles.Family)]
    [HttpGet("new")]
    public async Task<IActionResult> New(Guid caregiverId, DateOnly? date, TimeOnly? time, int? hours, CancellationToken cancellationToken)
    {
        foreach (var prefill in new[] { nameof(date), nameof(time), nameof(hours) })
        {
            ModelState.Remove(prefill);
        }

        return await FormAsync(BookingForm.New(caregiverId, SearchedVisit.Of(date, time, hours)), cancellationToken);
    }

    /// <summary>Sends the request; or, with "Hitung harga" (<c>PriceOnly</c>), shows the form again with its price and sends nothing.</summary>
    [Authorize(Roles = AccountRoles.Family)]
    [HttpPost("new")]
    public async Task<IActionResult> Create(BookingForm form, CancellationToken cancellationToken)
    {
        if (form.PriceOnly)
        {
            // A date or time still to choose is no error while working out a price; one that cannot be is.
            ModelState.AddUnreadable(form.OutOfRange(), text);
            return await FormAsync(form, cancellationToken);
        }

        var (command, unreadable) = form.ToCommand(IndonesianTimeZones.Wita);
        ModelState.AddUnreadable(unreadable, text);
        if (command is null)
        {
            return await FormAsync(form, cancellationToken);
        }

        try
        {
            if (await this.TrySendAsync(mediator, command, text, cancellationToken, BookingForm.FieldOf) is { } booking)
            {
                TempData["Notice"] = text["Booking.Requested", booking.ProviderName].Value;
                return RedirectToAction(nameof(Show), new { id = booking.Id });
            }
        }
        catch (BusinessRuleException rule)
        {
            ModelState.AddModelError(string.Empty, UiText.Explain(rule));
        }

        return await FormAsync(form, cancellationToken);
    }

    [Authorize(Roles = Parties)]
    [HttpPost("{id:guid}/accept")]
    public Task<IActionResult> Accept(Guid id) => ActAsync(id, new AcceptBooking(id), "Booking.Accepted");

    [Authorize(Roles = Parties)]
    [HttpPost("{id:guid}/decline")]
    public Task<IActionResult> Decline(Guid id) => ActAsync(id, new DeclineBooking(id), "Booking.Declined");

    [Authorize(Roles = Parties)]
    [HttpPost("{id:guid}/check-in")]
    public Task<IActionResult> CheckIn(Guid id) => ActAsync(id, new CheckInVisit(id, null), "Booking.CheckedIn");

    [Authorize(Roles = Parties)]
    [HttpPost("{id:guid}/visits/{visitId:guid}/no-show")]
    public Task<IActionResult> NoShow(Guid id, Guid visitId) => ActAsync(id, new RecordNoShow(id, visitId), "Booking.NoShowRecorded");

    [Authorize(Roles = Parties)]
    [HttpPost("{id:guid}/check-out")]
    public Task<IActionResult> CheckOut(Guid id, VisitLogForm form)
    {
        var (command, unreadable) = form.ToCommand(id);
        ModelState.AddUnreadable(unreadable, text);
        return ActAsync(id, command, "Booking.CheckedOut");
    }

    /// <summary>
    /// The family chooses how to pay: offline (<c>method=offline</c>, or none) confirms the booking at once; by card
    /// (<c>method=card</c>) it goes on to the card processor's checkout page and comes back to the booking. With
    /// <c>sponsorProgrammeId</c> (an offer the page showed), the programme pays its share.
    /// </summary>
    [Authorize(Roles = AccountRoles.Family)]
    [HttpPost("{id:guid}/pay")]
    public async Task<IActionResult> Pay(Guid id, string? method, Guid? sponsorProgrammeId)
    {
        if (method != "card")
        {
            return await ActAsync(id, new PayForBooking(id, PaymentMethod.Offline, sponsorProgrammeId), "Booking.Confirmed");
        }

        Uri? checkout = null;
        return await this.ActAsync(
            text,
            async () => checkout = (await mediator.Send(new PayForBooking(id, PaymentMethod.Card, sponsorProgrammeId), HttpContext.RequestAborted)).CheckoutUrl,
            notice: null,
            () => Redirect(checkout!.AbsoluteUri),
            async () => View(nameof(Show), await mediator.Send(new GetBooking(id), HttpContext.RequestAborted)));
    }

    /// <summary>An admin gives part or all of a captured card payment back to the family's card.</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpPost("{id:guid}/refund")]
    public Task<IActionResult> Refund(Guid id, RefundForm form)
    {
        var (command, unreadable) = form.ToCommand(id);
        ModelState.AddUnreadable(unreadable, text);
        return ActAsync(id, command, "Booking.Refunded");
    }

    [Authorize(Roles = Parties + "," + AccountRoles.Admin)]
    [HttpPost("{id:guid}/payment-received")]
    public Task<IActionResult> PaymentReceived(Guid id, PaymentReceivedForm form)
    {
        var (command, unreadable) = form.ToCommand(id);
        ModelState.AddUnreadable(unreadable, text);
        return ActAsync(id, command, "Booking.PaymentRecorded");
    }

    private Task<IActionResult> ActAsync<T>(Guid id, ICommand<T>? command, string notice) =>
        this.ActAsync(
            text,
            () => mediator.Send(command!, HttpContext.RequestAborted).AsTask(),
            text[notice].Value,
            () => RedirectToAction(nameof(Show), new { id }),
            async () => View(nameof(Show), await mediator.Send(new GetBooking(id), HttpContext.RequestAborted)));

    private async Task<IActionResult> FormAsync(BookingForm form, CancellationToken cancellationToken)
    {
        ViewData["Caregiver"] = await mediator.Send(new GetCaregiverProfile(form.CaregiverId), cancellationToken);
        ViewData["Recipients"] = await mediator.Send(new ListMyRecipients(), cancellationToken);
        ViewData["Quote"] = await QuoteAsync(form, cancellationToken);
        return View("New", form);
    }

    /// <summary>
    /// The form's price by the booking's own rule, or null while what it holds cannot be priced. Asked for the price
    /// alone, the family is told beside the fields why it cannot be given; a request sent has said so already.
    /// </summary>
    private async Task<HomeCareQuote?> QuoteAsync(BookingForm form, CancellationToken cancellationToken)
    {
        try
        {
            return form.ToQuote(IndonesianTimeZones.Wita) is { } quote ? await mediator.Send(quote, cancellationToken) : null;
        }
        catch (ValidationException invalid)
        {
            if (form.PriceOnly)
            {
                ModelState.AddValidationErrors(invalid, text, BookingForm.FieldOf);
            }

            return null;
        }
    }
}
