using Marketplace.Application.Accounts;
using Marketplace.Application.Affiliations;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

/// <summary>A caregiver answers an enterprise's invitation; either side can end the affiliation.</summary>
[ApiController]
[Tags(ApiTags.Caregivers)]
[Authorize]
[Route("api/v1")]
public sealed class AffiliationsController(IMediator mediator) : ControllerBase
{
    /// <summary>The caregiver's invitations from enterprises and affiliations, whatever their state.</summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpGet("caregivers/me/affiliations")]
    public async Task<IReadOnlyList<AffiliationView>> ListMine(CancellationToken cancellationToken) =>
        await mediator.Send(new ListMyAffiliations(), cancellationToken);

    /// <summary>The invited caregiver accepts an enterprise's invitation: they are then listed as its caregiver. 409 once it is answered.</summary>
    [HttpPost("affiliations/{id:guid}/accept")]
    [ProducesResponseType<AffiliationAnswer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<AffiliationAnswer> Accept(Guid id, CancellationToken cancellationToken) =>
        new(id, await mediator.Send(new AcceptAffiliation(id), cancellationToken));

    /// <summary>The invited caregiver declines an enterprise's invitation. 409 once it is answered.</summary>
    [HttpPost("affiliations/{id:guid}/decline")]
    [ProducesResponseType<AffiliationAnswer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<AffiliationAnswer> Decline(Guid id, CancellationToken cancellationToken) =>
        new(id, await mediator.Send(new DeclineAffiliation(id), cancellationToken));

    /// <summary>Ends an accepted affiliation, by the caregiver or the enterprise. 409 when it is not active.</summary>
    [HttpPost("affiliations/{id:guid}/end")]
    [ProducesResponseType<AffiliationAnswer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<AffiliationAnswer> End(Guid id, CancellationToken cancellationToken) =>
        new(id, await mediator.Send(new EndAffiliation(id), cancellationToken));
}

public sealed record AffiliationAnswer(Guid Id, AffiliationStatus Status);
