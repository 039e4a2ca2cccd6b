using Marketplace.Application.Accounts;
using Marketplace.Application.Families.PreferredCaregivers;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Families;

/// <summary>
/// A family's preferred caregivers in the browser: the list, by person, and the buttons that mark and unmark one (on a
/// caregiver's page, a booking's page and this list), each going back to where it was pressed. A refused button shows
/// the list again with the reason.
/// </summary>
[Authorize(Roles = AccountRoles.Family)]
[Route("family/preferred-caregivers")]
[AutoValidateAntiforgeryToken]
public sealed class PreferredCaregiversPageController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    private const string ListPath = "/family/preferred-caregivers";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new ListMyPreferredCaregivers(), cancellationToken));

    [HttpPost("")]
    public Task<IActionResult> Mark(PreferredCaregiverForm form, CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            async () =>
            {
                var marked = await mediator.Send(new PreferCaregiver(form.CaregiverId, form.RecipientId), cancellationToken);
                TempData["Notice"] = text["Preferred.Marked", marked.FullName, marked.RecipientName].Value;
            },
            notice: null,
            () => Redirect(this.LocalUrlOr(form.ReturnUrl, ListPath)),
            () => ListAgainAsync(cancellationToken));

    [HttpPost("{caregiverId:guid}/remove")]
    public Task<IActionResult> Unmark(Guid caregiverId, PreferredCaregiverRemoval form, CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            async () => await mediator.Send(new UnpreferCaregiver(caregiverId, form.RecipientId), cancellationToken),
            text["Preferred.Unmarked"].Value,
            () => Redirect(this.LocalUrlOr(form.ReturnUrl, ListPath)),
            () => ListAgainAsync(cancellationToken));

    private async Task<IActionResult> ListAgainAsync(CancellationToken cancellationToken) =>
        View(nameof(Index), await mediator.Send(new ListMyPreferredCaregivers(), cancellationToken));
}
