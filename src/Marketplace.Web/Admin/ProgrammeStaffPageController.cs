using Marketplace.Application.Accounts;
using Marketplace.Application.Admin.ProgrammeStaff;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Admin;

/// <summary>The admin's page of programme staff: who holds the role, a form to grant it by email address, and withdrawing it.</summary>
[Authorize(Roles = AccountRoles.Admin)]
[Route("admin/programme-staff")]
[AutoValidateAntiforgeryToken]
public sealed class ProgrammeStaffPageController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken cancellationToken) => ShowAsync(new ProgrammeStaffForm(), cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Grant(ProgrammeStaffForm form, CancellationToken cancellationToken)
    {
        try
        {
            if (await this.TrySendAsync(mediator, new GrantProgrammeStaff(form.Email ?? string.Empty), text, cancellationToken) is { } member)
            {
                TempData["Notice"] = text["ProgrammeStaff.Granted", member.Email].Value;
                return RedirectToAction(nameof(Index));
            }
        }
        catch (Application.Common.Errors.BusinessRuleException rule)
        {
            ModelState.AddModelError(nameof(ProgrammeStaffForm.Email), Localization.UiText.Explain(rule));
        }

        return await ShowAsync(form, cancellationToken);
    }

    [HttpPost("{userId:guid}/withdraw")]
    public Task<IActionResult> Withdraw(Guid userId, CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            async () => await mediator.Send(new WithdrawProgrammeStaff(userId), cancellationToken),
            text["ProgrammeStaff.Withdrawn"].Value,
            () => RedirectToAction(nameof(Index)),
            () => Index(cancellationToken));

    private async Task<IActionResult> ShowAsync(ProgrammeStaffForm form, CancellationToken cancellationToken)
    {
        ViewData["Form"] = form;
        return View(nameof(Index), await mediator.Send(new ListProgrammeStaff(), cancellationToken));
    }
}

/// <summary>The address of the account to make programme staff.</summary>
public sealed class ProgrammeStaffForm
{
    public string? Email { get; set; }
}
