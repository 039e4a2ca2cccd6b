using Marketplace.Application.Accounts;
using Marketplace.Application.CarePlans;
using Marketplace.Application.CarePlans.Alerts;
using Marketplace.Application.CarePlans.FamilyLog;
using Marketplace.Application.CarePlans.View;
using Marketplace.Application.CarePlans.Write;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.CarePlans;

/// <summary>A person's care plan and its week of progress; the family's own logs of care; the care manager's alerts.</summary>
[ApiController]
[Tags(ApiTags.QualityOfCare)]
[Authorize]
[Route("api/v1")]
public sealed class CarePlansApiController(IMediator mediator) : ControllerBase
{
    /// <summary>
    /// The person's care plan (<c>written</c> false until their care manager writes one) with the progress of the week
    /// (Monday to Sunday, the person's local dates) holding <c>week</c>, default this week: each task's times due and
    /// done by visits and by the family, and every visit log and family log of the week. For the family, and while its
    /// consent stands the booked caregiver and the family's care manager; 404 for anyone else. The read is logged.
    /// </summary>
    [HttpGet("recipients/{id:guid}/care-plan")]
    [ProducesResponseType<CarePlanView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<CarePlanView> Get(Guid id, [FromQuery] DateOnly? week, CancellationToken cancellationToken) =>
        await mediator.Send(new GetCarePlan(id, week), cancellationToken);

    /// <summary>
    /// The family's care manager writes the plan: <c>{goals[], tasks[{task, timesPerWeek, details}], thresholds}</c>,
    /// replacing what it said (thresholds left out keep the plan's). 200 with the plan; 400 naming a field; 403 for the
    /// family; 404 for anyone else.
    /// </summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpPut("recipients/{id:guid}/care-plan")]
    [ProducesResponseType<CarePlanView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<CarePlanView> Write(Guid id, CarePlanBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new WriteCarePlan(id, body.Goals, body.Tasks, body.Thresholds), cancellationToken);

    /// <summary>
    /// The family logs care it gave the person: <c>{day, tasks[], notes, systolicMmHg, diastolicMmHg, fell}</c>, today or up
    /// to 7 days back. 201 with the entry, its week's plan at <c>Location</c>; 400 naming a field; 403 for the care manager
    /// and the booked caregiver; 404 for anyone else. A fall or a pressure beyond the plan's limits alerts the care manager.
    /// </summary>
    [Authorize(Roles = AccountRoles.Family)]
    [HttpPost("recipients/{id:guid}/care-log")]
    [ProducesResponseType<CareEntry>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Log(Guid id, CareLogBody body, CancellationToken cancellationToken)
    {
        var entry = await mediator.Send(
            new LogFamilyCare(id, body.Day, body.Tasks, body.Notes, body.SystolicMmHg, body.DiastolicMmHg, body.Fell ?? false), cancellationToken);
        return Created($"/api/v1/recipients/{id}/care-plan?week={entry.Day:yyyy-MM-dd}", entry);
    }

    /// <summary>
    /// The care manager's alerts from the families that chose them, at most 200: <c>status</c> (open, handled) or all;
    /// open first, urgent first, oldest first. Every alert shown is written to the health-data access log.
    /// </summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpGet("care-managers/me/alerts")]
    [ProducesResponseType<IReadOnlyList<CareAlertView>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IReadOnlyList<CareAlertView>> Alerts([FromQuery] CareAlertStatus? status, CancellationToken cancellationToken) =>
        await mediator.Send(new ListMyCareAlerts(status), cancellationToken);

    /// <summary>One alert, for the care manager of its family; 404 for anyone else. The read is logged.</summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpGet("care-managers/me/alerts/{alertId:guid}")]
    [ProducesResponseType<CareAlertView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<CareAlertView> Alert(Guid alertId, CancellationToken cancellationToken) =>
        await mediator.Send(new GetCareAlert(alertId), cancellationToken);

    /// <summary>The care manager records what they did: <c>{action}</c>, 1 to 2,000 characters. 409 when handled already; 404 for anyone else.</summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpPost("care-managers/me/alerts/{alertId:guid}/handle")]
    [ProducesResponseType<CareAlertView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<CareAlertView> Handle(Guid alertId, AlertActionBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new HandleCareAlert(alertId, body.Action), cancellationToken);
}

/// <param name="Goals">What the care aims at, at most 10, each 1 to 300 characters.</param>
/// <param name="Tasks">Visit-checklist tasks (see /api/v1/visit-tasks), each once, due 1 to 21 times a week.</param>
/// <param name="Thresholds">Blood pressure limits in mmHg (null leaves one unwatched) and whether falls, missed visits and complaints alert; left out, the plan's stay.</param>
public sealed record CarePlanBody(IReadOnlyList<string>? Goals, IReadOnlyList<CarePlanTaskInput>? Tasks, AlertThresholds? Thresholds = null);

/// <param name="Day">The local date the care was given (yyyy-MM-dd), today or up to 7 days back.</param>
/// <param name="Tasks">Visit-checklist tasks done.</param>
/// <param name="Notes">At most 2,000 characters.</param>
/// <param name="SystolicMmHg">50 to 260, when measured.</param>
/// <param name="DiastolicMmHg">30 to 160, when measured.</param>
/// <param name="Fell">Whether the person fell; false when left out.</param>
public sealed record CareLogBody(
    DateOnly? Day, IReadOnlyList<string>? Tasks = null, string? Notes = null, int? SystolicMmHg = null, int? DiastolicMmHg = null, bool? Fell = null);

/// <param name="Action">What the care manager did about the alert, 1 to 2,000 characters.</param>
public sealed record AlertActionBody(string? Action);
