using Marketplace.Application.Accounts;
using Marketplace.Application.Affiliations;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Api;

/// <summary>A caregiver answers an enterprise's invitation; either side can end the affiliation.</summary>
[ApiController]
[Authorize]
[Route("api/v1")]
public sealed class AffiliationsController(IMediator mediator) : ControllerBase
{
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpGet("caregivers/me/affiliations")]
    public async Task<IReadOnlyList<AffiliationView>> ListMine(CancellationToken cancellationToken) =>
        await mediator.Send(new ListMyAffiliations(), cancellationToken);

    [HttpPost("affiliations/{id:guid}/accept")]
    [ProducesResponseType<AffiliationAnswer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<AffiliationAnswer> Accept(Guid id, CancellationToken cancellationToken) =>
        new(id, await mediator.Send(new AcceptAffiliation(id), cancellationToken));

    [HttpPost("affiliations/{id:guid}/decline")]
    [ProducesResponseType<AffiliationAnswer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<AffiliationAnswer> Decline(Guid id, CancellationToken cancellationToken) =>
        new(id, await mediator.Send(new DeclineAffiliation(id), cancellationToken));

    [HttpPost("affiliations/{id:guid}/end")]
    [ProducesResponseType<AffiliationAnswer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<AffiliationAnswer> End(Guid id, CancellationToken cancellationToken) =>
        new(id, await mediator.Send(new EndAffiliation(id), cancellationToken));
}

public sealed record AffiliationAnswer(Guid Id, AffiliationStatus Status);
