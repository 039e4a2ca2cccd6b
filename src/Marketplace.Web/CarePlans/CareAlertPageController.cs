using Marketplace.Application.Accounts;
using Marketplace.Application.CarePlans.Alerts;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.CarePlans;

/// <summary>One alert for the care manager of its family (404 for anyone else): what was observed, where, and the form to record what they did.</summary>
[Authorize(Roles = AccountRoles.Caregiver)]
[Route("care-manager/alerts/{id:guid}")]
[AutoValidateAntiforgeryToken]
public sealed class CareAlertPageController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) =>
        View(new CareAlertPage(await mediator.Send(new GetCareAlert(id), cancellationToken), new AlertActionForm()));

    [HttpPost("")]
    public Task<IActionResult> Handle(Guid id, AlertActionForm form, CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            async () => await mediator.Send(new HandleCareAlert(id, form.ActionTaken), cancellationToken),
            text["CareAlert.Handled"].Value,
            () => LocalRedirect("/care-manager"),
            async () => View("Show", new CareAlertPage(await mediator.Send(new GetCareAlert(id), cancellationToken), form)));
}
