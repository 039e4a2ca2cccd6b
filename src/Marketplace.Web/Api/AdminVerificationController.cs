using Marketplace.Application.Accounts;
using Marketplace.Application.Admin.DecideCaregiverVerification;
using Marketplace.Application.Caregivers;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Api;

[ApiController]
[Authorize(Roles = AccountRoles.Admin)]
[Route("api/v1/admin")]
public sealed class AdminVerificationController(IMediator mediator) : ControllerBase
{
    /// <summary>Verifies a caregiver (<c>{"decision":"verified"}</c>) or rejects them with a reason.</summary>
    [HttpPost("caregivers/{id:guid}/verification")]
    [ProducesResponseType<CaregiverProfileView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<CaregiverProfileView> DecideCaregiver(Guid id, VerificationDecision body, CancellationToken cancellationToken) =>
        await mediator.Send(new DecideCaregiverVerification(id, body.Decision, body.Reason), cancellationToken);
}

public sealed record VerificationDecision(string Decision, string? Reason);
