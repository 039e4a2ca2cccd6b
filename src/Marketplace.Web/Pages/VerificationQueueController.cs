using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Admin.DecideCaregiverVerification;
using Marketplace.Application.Admin.ListPendingCaregivers;
using Marketplace.Application.Common.Errors;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>The verifier's queue of caregivers waiting for a decision.</summary>
[Authorize(Roles = AccountRoles.Admin)]
[Route("admin/verification")]
[AutoValidateAntiforgeryToken]
public sealed class VerificationQueueController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new ListPendingCaregivers(), cancellationToken));

    [HttpPost("caregivers/{id:guid}")]
    public async Task<IActionResult> Decide(Guid id, string decision, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            var decided = await mediator.Send(new DecideCaregiverVerification(id, decision, reason), cancellationToken);
            TempData["Notice"] = text[$"Verification.Done.{decision}", decided.FullName].Value;
        }
        catch (ValidationException invalid)
        {
            TempData["Problem"] = string.Join(" ", invalid.Errors.Select(e => text[e.ErrorMessage].Value));
        }
        catch (BusinessRuleException rule)
        {
            TempData["Problem"] = text[rule.Message].Value;
        }

        return RedirectToAction(nameof(Index));
    }
}
