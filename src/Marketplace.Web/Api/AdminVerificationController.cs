using Marketplace.Application.Accounts;
using Marketplace.Application.Admin.CareManager;
using Marketplace.Application.Admin.DecideCaregiverVerification;
using Marketplace.Application.Admin.DecideEnterpriseVerification;
using Marketplace.Application.Admin.ListPendingCaregivers;
using Marketplace.Application.Admin.ListPendingEnterprises;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Enterprises;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

[ApiController]
[Tags(ApiTags.Administration)]
[Authorize(Roles = AccountRoles.Admin)]
[Route("api/v1/admin")]
public sealed class AdminVerificationController(IMediator mediator) : ControllerBase
{
    /// <summary>Caregivers waiting for a decision, oldest first, with their certificates.</summary>
    [HttpGet("caregivers/pending")]
    public async Task<IReadOnlyList<PendingCaregiver>> PendingCaregivers(CancellationToken cancellationToken) =>
        await mediator.Send(new ListPendingCaregivers(), cancellationToken);

    /// <summary>Verifies a caregiver (<c>{"decision":"verified"}</c>) or rejects them with a reason.</summary>
    [HttpPost("caregivers/{id:guid}/verification")]
    [ProducesResponseType<CaregiverProfileView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<CaregiverProfileView> DecideCaregiver(Guid id, VerificationDecision body, CancellationToken cancellationToken) =>
        await mediator.Send(new DecideCaregiverVerification(id, body.Decision, body.Reason), cancellationToken);

    /// <summary>Grants (<c>{"granted":true}</c>) or withdraws the care-manager credential of a verified caregiver.</summary>
    [HttpPut("caregivers/{id:guid}/care-manager")]
    [ProducesResponseType<CaregiverProfileView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<CaregiverProfileView> SetCareManager(Guid id, CareManagerGrant body, CancellationToken cancellationToken) =>
        await mediator.Send(new SetCareManager(id, body.Granted), cancellationToken);

    /// <summary>Enterprises waiting for verification, with what they registered.</summary>
    [HttpGet("enterprises/pending")]
    public async Task<IReadOnlyList<PendingEnterprise>> PendingEnterprises(CancellationToken cancellationToken) =>
        await mediator.Send(new ListPendingEnterprises(), cancellationToken);

    /// <summary>Verifies an enterprise or rejects it with a reason, like caregivers.</summary>
    [HttpPost("enterprises/{id:guid}/verification")]
    [ProducesResponseType<EnterpriseView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<EnterpriseView> DecideEnterprise(Guid id, VerificationDecision body, CancellationToken cancellationToken) =>
        await mediator.Send(new DecideEnterpriseVerification(id, body.Decision, body.Reason), cancellationToken);
}

public sealed record VerificationDecision(string Decision, string? Reason = null);

public sealed record CareManagerGrant(bool Granted);
