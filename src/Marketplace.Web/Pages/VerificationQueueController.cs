using Marketplace.Application.Accounts;
using Marketplace.Application.Admin.DecideCaregiverVerification;
using Marketplace.Application.Admin.DecideEnterpriseVerification;
using Marketplace.Application.Admin.ListPendingCaregivers;
using Marketplace.Application.Admin.ListPendingEnterprises;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>The verifier's queue of caregivers and enterprises waiting for a decision.</summary>
[Authorize(Roles = AccountRoles.Admin)]
[Route("admin/verification")]
[AutoValidateAntiforgeryToken]
public sealed class VerificationQueueController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["Enterprises"] = await mediator.Send(new ListPendingEnterprises(), cancellationToken);
        return View(nameof(Index), await mediator.Send(new ListPendingCaregivers(), cancellationToken));
    }

    [HttpPost("caregivers/{id:guid}")]
    public async Task<IActionResult> DecideCaregiver(Guid id, string decision, string? reason, CancellationToken cancellationToken)
    {
        return await this.ActAsync(
            text,
            async () =>
            {
                var decided = await mediator.Send(new DecideCaregiverVerification(id, decision, reason), cancellationToken);
                TempData["Notice"] = text[$"Verification.Done.{decision}", decided.FullName].Value;
            },
            notice: null,
            () => RedirectToAction(nameof(Index)),
            () => Index(cancellationToken));
    }

    [HttpPost("enterprises/{id:guid}")]
    public async Task<IActionResult> DecideEnterprise(Guid id, string decision, string? reason, CancellationToken cancellationToken)
    {
        return await this.ActAsync(
            text,
            async () =>
            {
                var decided = await mediator.Send(new DecideEnterpriseVerification(id, decision, reason), cancellationToken);
                TempData["Notice"] = text[$"Verification.Done.{decision}", decided.Name].Value;
            },
            notice: null,
            () => RedirectToAction(nameof(Index), null, "enterprises"),
            () => Index(cancellationToken));
    }
}
