using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Families;
using Marketplace.Application.Families.CareManager;
using Marketplace.Application.Families.Recipients;
using Marketplace.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>
/// The people a family cares for: adding one needs explicit consent for their health details; each can be changed,
/// their consent withdrawn (the details are erased) and removed, unless a booking for them is not over. Someone else's
/// person is a 404.
/// </summary>
[Authorize(Roles = AccountRoles.Family)]
[Route("family/recipients")]
[AutoValidateAntiforgeryToken]
public sealed class FamilyRecipientsController(
    IMediator mediator, IStringLocalizer<SharedResource> text, IValidator<AddMyRecipient> addRules, IValidator<EditMyRecipient> changeRules) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await PageAsync(new RecipientForm { Kind = RecipientKind.Elder }, cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Add(RecipientForm form, CancellationToken cancellationToken)
    {
        var (command, unreadable) = form.ToCommand();
        ModelState.AddUnreadable(unreadable, text);
        if (!ModelState.IsValid)
        {
            await AddOtherErrorsAsync(addRules, command, cancellationToken);
        }
        else if (await this.TrySendAsync(mediator, command, text, cancellationToken, ModelStateExtensions.LastSegment) is { } added)
        {
            TempData["Notice"] = text["Recipients.Added", added.Name].Value;
            return RedirectToAction(nameof(Index));
        }

        return await PageAsync(form, cancellationToken);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var recipient = await mediator.Send(new GetRecipient(id), cancellationToken);
        return await EditPageAsync(recipient, RecipientForm.From(recipient), cancellationToken);
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Save(Guid id, RecipientForm form, CancellationToken cancellationToken)
    {
        var (command, unreadable) = form.ToEditCommand(id);
        ModelState.AddUnreadable(unreadable, text);
        try
        {
            if (!ModelState.IsValid)
            {
                await AddOtherErrorsAsync(changeRules, command, cancellationToken);
            }
            else if (await this.TrySendAsync(mediator, command, text, cancellationToken, ModelStateExtensions.LastSegment) is { } saved)
            {
                TempData["Notice"] = text["Recipients.Saved", saved.Name].Value;
                return RedirectToAction(nameof(Index));
            }
        }
        catch (BusinessRuleException rule)
        {
            // Needs without consent: the consent box is the field to fix.
            ModelState.AddModelError(nameof(RecipientForm.Consent), UiText.Explain(rule));
        }

        return await EditPageAsync(await mediator.Send(new GetRecipient(id), cancellationToken), form, cancellationToken);
    }

    [HttpPost("{id:guid}/withdraw-consent")]
    public async Task<IActionResult> WithdrawConsent(Guid id, CancellationToken cancellationToken)
    {
        RecipientView? withdrawn = null;
        return await this.ActAsync(
            text,
            async () => withdrawn = await mediator.Send(new WithdrawMyRecipientConsent(id), cancellationToken),
            notice: null,
            () =>
            {
                TempData["Notice"] = text["Recipients.Withdrawn", withdrawn!.Name].Value;
                return RedirectToAction(nameof(Edit), new { id });
            },
            () => EditAgainAsync(id, cancellationToken));
    }

    [HttpPost("{id:guid}/remove")]
    public async Task<IActionResult> Remove(Guid id, CancellationToken cancellationToken)
    {
        RemovedRecipient? removed = null;
        return await this.ActAsync(
            text,
            async () => removed = await mediator.Send(new RemoveMyRecipient(id), cancellationToken),
            notice: null,
            () =>
            {
                TempData["Notice"] = text["Recipients.Removed", removed!.Name].Value;
                return RedirectToAction(nameof(Index));
            },
            () => EditAgainAsync(id, cancellationToken));
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

    /// <summary>
    /// A form with a field that could not be read is not sent; its other fields are still checked against the use case's
    /// rules, so the person sees every error at once rather than one round at a time.
    /// </summary>
    private async Task AddOtherErrorsAsync<T>(IValidator<T> rules, T command, CancellationToken cancellationToken)
    {
        var result = await rules.ValidateAsync(command, cancellationToken);
        var others = result.Errors.Where(failure => ModelState[ModelStateExtensions.LastSegment(failure.PropertyName)] is not { Errors.Count: > 0 }).ToList();
        ModelState.AddValidationErrors(new ValidationException(others), text, ModelStateExtensions.LastSegment);
    }

    private async Task<IActionResult> EditAgainAsync(Guid id, CancellationToken cancellationToken)
    {
        var recipient = await mediator.Send(new GetRecipient(id), cancellationToken);
        return await EditPageAsync(recipient, RecipientForm.From(recipient), cancellationToken);
    }

    private async Task<IActionResult> EditPageAsync(RecipientView recipient, RecipientForm form, CancellationToken cancellationToken)
    {
        ViewData["Areas"] = await mediator.AreasAsync(cancellationToken);
        ViewData["Recipient"] = recipient;
        return View("Edit", form);
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
