using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Bookings.Reserve;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Families.Recipients;
using Marketplace.Application.Listings;
using Marketplace.Application.Listings.Places;
using Marketplace.Application.Listings.ViewListings;
using Marketplace.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>
/// A daycare's or mobile clinic's page: what it offers, the places still free, and for a family the form
/// that books them at once. Its enterprise sees the same page to watch its capacity.
/// </summary>
[Route("listings")]
[AutoValidateAntiforgeryToken]
public sealed class ListingPageController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) =>
        await PageAsync(id, new PlaceBookingForm(), cancellationToken);

    [Authorize(Roles = AccountRoles.Family)]
    [HttpPost("{id:guid}/book")]
    public async Task<IActionResult> Book(Guid id, PlaceBookingForm form, CancellationToken cancellationToken)
    {
        var listing = await mediator.Send(new GetListing(id), cancellationToken);
        ICommand<BookingView> command = listing.Kind == ListingKind.Daycare
            ? new ReserveDaycareDays(id, form.RecipientId, form.Dates)
            : new ReserveClinicSlot(form.SlotId ?? Guid.Empty, form.RecipientId);
        try
        {
            if (await this.TrySendAsync(mediator, command, text, cancellationToken, _ => string.Empty) is { } booking)
            {
                TempData["Notice"] = text["Booking.Reserved"].Value;
                return RedirectToAction(nameof(BookingsPageController.Show), "BookingsPage", new { id = booking.Id });
            }
        }
        catch (BusinessRuleException rule)
        {
            ModelState.AddModelError(string.Empty, UiText.Explain(rule));
        }

        return await PageAsync(id, form, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(Guid id, PlaceBookingForm form, CancellationToken cancellationToken)
    {
        var listing = await mediator.Send(new GetListing(id), cancellationToken);
        if (listing.Kind == ListingKind.HomeCare)
        {
            // Home care is booked caregiver by caregiver, from search; its listing page is the enterprise's own.
            throw new NotFoundException("Listing", id);
        }

        ViewData["Listing"] = listing;
        ViewData["Places"] = await mediator.Send(new GetListingPlaces(id), cancellationToken);
        ViewData["Recipients"] = User.IsInRole(AccountRoles.Family) ? await mediator.Send(new ListMyRecipients(), cancellationToken) : null;
        return View("Show", form);
    }
}

/// <summary>The booking form of a listing's page: for whom, and the days (daycare) or the slot (clinic).</summary>
public sealed class PlaceBookingForm
{
    public Guid RecipientId { get; set; }

    public List<DateOnly> Dates { get; set; } = [];

    public Guid? SlotId { get; set; }
}
