using System.ComponentModel.DataAnnotations;
using Marketplace.Application.Accounts;
using Marketplace.Application.Admin.CareManager;
using Marketplace.Application.Admin.ListCaregivers;
using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;
using Marketplace.Web.Requests;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>The admin finds verified caregivers by name and grants or withdraws the care-manager credential.</summary>
[Authorize(Roles = AccountRoles.Admin)]
[Route("admin/care-managers")]
[AutoValidateAntiforgeryToken]
public sealed class CareManagersController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? name, CancellationToken cancellationToken)
    {
        ViewData["Name"] = name;
        try
        {
            return View(nameof(Index), await mediator.Send(new ListVerifiedCaregivers(name), cancellationToken));
        }
        catch (FluentValidation.ValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid, text, _ => nameof(name));
            return View(nameof(Index), Array.Empty<CaregiverProfileView>());
        }
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Set(
        Guid id, bool? granted, [StorableText, MaxLength(FieldLimits.PersonNameMaxLength, ErrorMessage = "Validation.MaxLength")] string? name,
        CancellationToken cancellationToken)
    {
        if (granted is null)
        {
            ModelState.AddModelError(nameof(granted), text[FormNumbers.Missing]);
        }

        // The choice is the button's hidden value, not a field the reader could fix.
        ModelState.MoveToForm(nameof(granted));

        return await this.ActAsync(
            text,
            async () =>
            {
                var changed = await mediator.Send(new SetCareManager(id, granted!.Value), cancellationToken);
                TempData["Notice"] = text[granted.Value ? "CareManagers.Granted" : "CareManagers.Withdrawn", changed.FullName].Value;
            },
            notice: null,
            () => RedirectToAction(nameof(Index), new { name }),
            () => Index(name, cancellationToken));
    }
}
