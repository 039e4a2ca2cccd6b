using Marketplace.Application.Accounts;
using Marketplace.Application.Families;
using Marketplace.Application.Families.CareManager;
using Marketplace.Application.Families.Recipients;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>The people a family cares for. Adding one needs explicit consent for their health details.</summary>
[Authorize(Roles = AccountRoles.Family)]
[Route("family/recipients")]
[AutoValidateAntiforgeryToken]
public sealed class FamilyRecipientsController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await PageAsync(new RecipientForm { Kind = RecipientKind.Elder }, cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Add(RecipientForm form, CancellationToken cancellationToken)
    {
        var (command, unreadable) = form.ToCommand();
        ModelState.AddUnreadable(unreadable, text);

        if (command is not null && await this.TrySendAsync(mediator, command, text, cancellationToken, ModelStateExtensions.LastSegment) is { } added)
        {
            TempData["Notice"] = text["Recipients.Added", added.Name].Value;
            return RedirectToAction(nameof(Index));
        }

        return await PageAsync(form, cancellationToken);
    }

    [HttpPost("care-manager")]
    public async Task<IActionResult> ChooseCareManager(Guid? caregiverId, CancellationToken cancellationToken)
    {
        // The list always sends a choice (empty for none): a form without one chooses nothing, it does not withdraw.
        if (!Request.HasFormContentType || !Request.Form.ContainsKey("caregiverId"))
        {
            ModelState.AddModelError(nameof(caregiverId), text[FormNumbers.Missing]);
        }

        return await this.ActAsync(
            text,
            () => mediator.Send(new ChooseMyCareManager(caregiverId), cancellationToken).AsTask(),
            text["CareManager.Chosen"].Value,
            () => RedirectToAction(nameof(Index)),
            () => PageAsync(new RecipientForm { Kind = RecipientKind.Elder }, cancellationToken));
    }

    private async Task<IActionResult> PageAsync(RecipientForm form, CancellationToken cancellationToken)
    {
        ViewData["Areas"] = await mediator.AreasAsync(cancellationToken);
        ViewData["Recipients"] = await mediator.Send(new ListMyRecipients(), cancellationToken);
        ViewData["CareManager"] = await mediator.Send(new GetMyCareManager(), cancellationToken);
        ViewData["CareManagers"] = await mediator.Send(new ListCareManagers(), cancellationToken);
        return View("Index", form);
    }
}
