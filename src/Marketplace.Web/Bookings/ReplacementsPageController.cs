using Marketplace.Application.Bookings.Replacements;
using Marketplace.Application.Common.Errors;
using Marketplace.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Bookings;

/// <summary>
/// "Cari pengganti": the caregivers a family may ask to take a visit its caregiver cancelled or cannot give, preferred and
/// known ones first, each with the visit's price and a button that sends the ordinary request for that visit alone (to
/// <c>/bookings/new</c>, as the booking form does). For the booking's family only (404 for anyone else); a visit that needs
/// nobody else goes back to the booking's page, saying why.
/// </summary>
[Authorize]
[Route("bookings/{id:guid}/visits/{visitId:guid}/replacements")]
public sealed class ReplacementsPageController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, Guid visitId, CancellationToken cancellationToken)
    {
        try
        {
            return View(await mediator.Send(new FindReplacements(id, visitId), cancellationToken));
        }
        catch (BusinessRuleException rule)
        {
            TempData["Problem"] = UiText.Explain(rule);
            return RedirectToAction("Show", "BookingsPage", new { id });
        }
    }
}
