using Marketplace.Application.Accounts;
using Marketplace.Application.Affiliations;
using Marketplace.Application.Enterprises;
using Marketplace.Application.Listings.ViewListings;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>The enterprise's home: register it, then see its status, listings and caregivers.</summary>
[Authorize(Roles = AccountRoles.Enterprise)]
[Route("enterprise")]
[AutoValidateAntiforgeryToken]
public sealed class EnterpriseController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var enterprise = await mediator.Send(new GetMyEnterprise(), cancellationToken);
        return enterprise is null
            ? await RegisterViewAsync(new EnterpriseForm { Kind = EnterpriseKind.Lks }, cancellationToken)
            : await DashboardAsync(enterprise, EnterpriseForm.From(enterprise), cancellationToken);
    }

    [HttpPost("")]
    public async Task<IActionResult> Register(EnterpriseForm form, CancellationToken cancellationToken)
    {
        ModelState.AddUnreadable(form.Unreadable, text);
        if (await this.TrySendAsync(mediator, form.ToRegistration(), text, cancellationToken) is null)
        {
            return await RegisterViewAsync(form, cancellationToken);
        }

        TempData["Notice"] = text["Enterprise.Registered"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("details")]
    public async Task<IActionResult> Update(EnterpriseForm form, CancellationToken cancellationToken)
    {
        var enterprise = await mediator.Send(new GetMyEnterprise(), cancellationToken);
        if (enterprise is null)
        {
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddUnreadable(form.Unreadable, text);
        if (await this.TrySendAsync(mediator, form.ToUpdate(enterprise.Id), text, cancellationToken) is null)
        {
            return await DashboardAsync(enterprise, form, cancellationToken);
        }

        TempData["Notice"] = text["Enterprise.Updated"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("invitations")]
    public async Task<IActionResult> Invite(string? caregiverEmail, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetMyEnterprise(), cancellationToken) is not { } enterprise)
        {
            return RedirectToAction(nameof(Index));
        }

        return await this.ActAsync(
            text,
            async () => await mediator.Send(new InviteCaregiver(enterprise.Id, caregiverEmail ?? ""), cancellationToken),
            text["Enterprise.Invited", caregiverEmail ?? ""].Value,
            () => RedirectToAction(nameof(Index), null, "caregivers"),
            () => DashboardAsync(enterprise, EnterpriseForm.From(enterprise), cancellationToken));
    }

    [HttpPost("affiliations/{id:guid}/end")]
    public async Task<IActionResult> EndAffiliation(Guid id, CancellationToken cancellationToken)
    {
        return await this.ActAsync(
            text,
            async () => await mediator.Send(new EndAffiliation(id), cancellationToken),
            text["Affiliations.Done.end"].Value,
            () => RedirectToAction(nameof(Index), null, "caregivers"),
            () => Index(cancellationToken));
    }

    private async Task<IActionResult> RegisterViewAsync(EnterpriseForm form, CancellationToken cancellationToken)
    {
        ViewData["Areas"] = await mediator.AreasAsync(cancellationToken);
        return View("Register", form);
    }

    private async Task<IActionResult> DashboardAsync(EnterpriseView enterprise, EnterpriseForm form, CancellationToken cancellationToken)
    {
        ViewData["Areas"] = await mediator.AreasAsync(cancellationToken);
        ViewData["Enterprise"] = enterprise;
        ViewData["Listings"] = await mediator.Send(new ListEnterpriseListings(enterprise.Id), cancellationToken);
        ViewData["Affiliations"] = await mediator.Send(new ListEnterpriseAffiliations(enterprise.Id), cancellationToken);
        return View("Index", form);
    }
}
