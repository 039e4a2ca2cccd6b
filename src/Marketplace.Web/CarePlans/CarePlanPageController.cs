using Marketplace.Application.CarePlans.View;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.CarePlans;

/// <summary>
/// A person's care plan page, for the family, the booked caregiver and the family's care manager (404 for anyone
/// else): the plan, the week's progress drawn as a grid, and the care given. The family logs its own care here; the
/// care manager writes the plan on its edit page. A refused form shows its page again with the reason.
/// </summary>
[Authorize]
[Route("recipients/{id:guid}")]
[AutoValidateAntiforgeryToken]
public sealed class CarePlanPageController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("care-plan")]
    public async Task<IActionResult> Show(Guid id, DateOnly? week, CancellationToken cancellationToken) =>
        View(new CarePlanPage(await mediator.Send(new GetCarePlan(id, week), cancellationToken), new CareLogForm()));

    [HttpPost("care-log")]
    public Task<IActionResult> Log(Guid id, CareLogForm form, CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            async () => await mediator.Send(form.ToCommand(id), cancellationToken),
            text["CarePlan.Logged"].Value,
            () => LocalRedirect($"/recipients/{id}/care-plan?week={form.Day:yyyy-MM-dd}"),
            async () => View("Show", new CarePlanPage(await mediator.Send(new GetCarePlan(id, form.Day), cancellationToken), form)));

    [HttpGet("care-plan/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var plan = await mediator.Send(new GetCarePlan(id), cancellationToken);
        return plan.YouMayWrite ? View(new CarePlanEditPage(plan, CarePlanForm.Of(plan))) : Forbid();
    }

    [HttpPost("care-plan/edit")]
    public Task<IActionResult> Write(Guid id, CarePlanForm form, CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            async () => await mediator.Send(form.ToCommand(id), cancellationToken),
            text["CarePlan.Saved"].Value,
            () => LocalRedirect($"/recipients/{id}/care-plan"),
            async () => View("Edit", new CarePlanEditPage(await mediator.Send(new GetCarePlan(id), cancellationToken), form)));
}
