using Marketplace.Application.Accounts;
using Marketplace.Application.Enterprises;
using Marketplace.Application.Listings;
using Marketplace.Application.Listings.AddStop;
using Marketplace.Application.Listings.Publish;
using Marketplace.Application.Listings.ViewListings;
using Marketplace.Application.SharedKernel;
using Marketplace.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>An enterprise drafts listings, publishes or pauses them, and plans its mobile clinic's stops.</summary>
[Authorize(Roles = AccountRoles.Enterprise)]
[Route("enterprise/listings")]
[AutoValidateAntiforgeryToken]
public sealed class EnterpriseListingsController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New(ListingKind kind, CancellationToken cancellationToken) =>
        await FormViewAsync(new ListingForm { Kind = kind, LateCancellationPercent = "50" }, cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> Create(ListingForm form, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetMyEnterprise(), cancellationToken) is not { } enterprise)
        {
            return RedirectToAction(nameof(EnterpriseController.Index), "Enterprise");
        }

        // The kind is the page's own hidden field; a form without it was not sent by the page.
        if (form.Kind is null)
        {
            return BadRequest();
        }

        var (command, unreadable) = form.ToCommand(enterprise.Id);
        ModelState.AddUnreadable(unreadable, text);

        if (command is not null && await this.TrySendAsync(mediator, command, text, cancellationToken, ModelStateExtensions.LastSegment) is { } listing)
        {
            TempData["Notice"] = text["Listing.Created"].Value;
            return RedirectToAction(nameof(Show), new { id = listing.Id });
        }

        return await FormViewAsync(form, cancellationToken);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) =>
        await ShowViewAsync(id, StopForm.New(), cancellationToken);

    [HttpPost("{id:guid}/{change:regex(^(publish|pause)$)}")]
    public async Task<IActionResult> ChangeStatus(Guid id, string change, CancellationToken cancellationToken)
    {
        return await this.ActAsync(
            text,
            async () =>
            {
                _ = change == "publish"
                    ? await mediator.Send(new PublishListing(id), cancellationToken)
                    : await mediator.Send(new PauseListing(id), cancellationToken);
            },
            text[$"Listing.Done.{change}"].Value,
            () => RedirectToAction(nameof(Show), new { id }),
            () => ShowViewAsync(id, StopForm.New(), cancellationToken));
    }

    [HttpPost("{id:guid}/stops")]
    public async Task<IActionResult> AddStop(Guid id, StopForm form, CancellationToken cancellationToken)
    {
        var numbers = new FormNumbers();
        var point = new PointInput(numbers.Degrees(form.Lat, nameof(form.Lat)), numbers.Degrees(form.Lon, nameof(form.Lon)));
        var slotMinutes = numbers.Int(form.SlotMinutes, nameof(form.SlotMinutes));
        var capacity = numbers.Int(form.CapacityPerSlot, nameof(form.CapacityPerSlot));
        ModelState.AddUnreadable(numbers.Errors, text);

        if (form.Date is null || form.Start is null || form.End is null)
        {
            ModelState.AddModelError(nameof(form.Date), text["Listing.StopWhenMissing"]);
        }

        if (ModelState.ErrorCount == 0)
        {
            var command = new AddClinicStop(id, form.PlaceName ?? "", point, form.Date!.Value, form.Start!.Value, form.End!.Value, slotMinutes, capacity);
            try
            {
                if (await this.TrySendAsync(mediator, command, text, cancellationToken, ModelStateExtensions.LastSegment) is not null)
                {
                    TempData["Notice"] = text["Listing.StopAdded"].Value;
                    return RedirectToAction(nameof(Show), new { id });
                }
            }
            catch (Application.Common.Errors.BusinessRuleException rule)
            {
                ModelState.AddModelError(string.Empty, UiText.Explain(rule));
            }
        }

        return await ShowViewAsync(id, form, cancellationToken);
    }

    private async Task<IActionResult> FormViewAsync(ListingForm form, CancellationToken cancellationToken)
    {
        ViewData["Areas"] = await mediator.AreasAsync(cancellationToken);
        return View("New", form);
    }

    private async Task<IActionResult> ShowViewAsync(Guid id, StopForm form, CancellationToken cancellationToken)
    {
        ViewData["Listing"] = await mediator.Send(new GetManagedListing(id), cancellationToken);
        return View("Show", form);
    }
}
