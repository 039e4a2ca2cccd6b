using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers.Availability;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>The caregiver's working week and time off.</summary>
[Authorize(Roles = AccountRoles.Caregiver)]
[Route("caregiver/availability")]
[AutoValidateAntiforgeryToken]
public sealed class CaregiverAvailabilityController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken) =>
        View(AvailabilityForm.From(await mediator.Send(new GetMyAvailability(), cancellationToken)));

    [HttpPost("")]
    public async Task<IActionResult> Edit(AvailabilityForm form, CancellationToken cancellationToken)
    {
        var (command, unreadable) = form.ToCommand();
        ModelState.AddUnreadable(unreadable, text);
        if (command is null || await this.TrySendAsync(mediator, command, text, cancellationToken, form.FieldOf) is null)
        {
            return View(form.AsSent());
        }

        TempData["Notice"] = text["Availability.Saved"].Value;
        return RedirectToAction(nameof(Edit));
    }
}
