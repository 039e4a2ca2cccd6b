using Marketplace.Application.Accounts;
using Marketplace.Application.Families.CareManager;
using Marketplace.Application.Families.Recipients;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

/// <summary>A family's care recipients. Their details are specific personal data: every view is logged.</summary>
[ApiController]
[Tags(ApiTags.Families)]
[Authorize]
[Route("api/v1")]
public sealed class FamiliesController(IMediator mediator) : ControllerBase
{
    /// <summary>The people the family cares for.</summary>
    [Authorize(Roles = AccountRoles.Family)]
    [HttpGet("families/me/recipients")]
    public async Task<IReadOnlyList<RecipientView>> ListMine(CancellationToken cancellationToken) =>
        await mediator.Send(new ListMyRecipients(), cancellationToken);

    /// <summary>Adds a recipient: <c>{name, kind, birthYear, needs[], address: {areaCode, line, lat, lon}, consent: true}</c>.</summary>
    [Authorize(Roles = AccountRoles.Family)]
    [HttpPost("families/me/recipients")]
    [ProducesResponseType<RecipientView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<RecipientView>> Add(AddMyRecipient request, CancellationToken cancellationToken)
    {
        var recipient = await mediator.Send(request, cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = recipient.Id }, recipient);
    }

    /// <summary>
    /// Changes one of the family's people: the same body as adding one, where <c>consent: true</c> gives consent again
    /// after it was withdrawn. 404 for anyone else's; 409 for needs while no consent stands.
    /// </summary>
    [Authorize(Roles = AccountRoles.Family)]
    [HttpPut("families/me/recipients/{id:guid}")]
    [ProducesResponseType<RecipientView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<RecipientView> Edit(Guid id, RecipientChangeBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new EditMyRecipient(id, body.Name, body.Kind, body.BirthYear, body.Address, body.Consent, body.Needs), cancellationToken);

    /// <summary>Removes one of the family's people (204). 404 for anyone else's; 409 while a booking for them is not over.</summary>
    [Authorize(Roles = AccountRoles.Family)]
    [HttpDelete("families/me/recipients/{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Remove(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveMyRecipient(id), cancellationToken);
        return NoContent();
    }

    /// <summary>
    /// Withdraws the consent for one of the family's people's health details: they are erased, only the family is shown
    /// the person from then on, and the access log records it. Answers the recipient; 409 when already withdrawn.
    /// </summary>
    [Authorize(Roles = AccountRoles.Family)]
    [HttpDelete("families/me/recipients/{id:guid}/consent")]
    [ProducesResponseType<RecipientView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<RecipientView> WithdrawConsent(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new WithdrawMyRecipientConsent(id), cancellationToken);

    /// <summary>One recipient, for the family that cares for them; 404 for everyone else.</summary>
    [HttpGet("recipients/{id:guid}")]
    [ProducesResponseType<RecipientView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<RecipientView> Get(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetRecipient(id), cancellationToken);

    /// <summary>The care manager the family chose, if any: <c>{caregiverId, fullName}</c>.</summary>
    [Authorize(Roles = AccountRoles.Family)]
    [HttpGet("families/me/care-manager")]
    public async Task<CareManagerChoice> GetMyCareManager(CancellationToken cancellationToken) =>
        await mediator.Send(new GetMyCareManager(), cancellationToken);

    /// <summary>
    /// Chooses the care manager who may read the family's recipients and visit logs: <c>{caregiverId}</c>, or
    /// <c>{caregiverId: null}</c> for none. 409 when the caregiver does not hold the credential.
    /// </summary>
    [Authorize(Roles = AccountRoles.Family)]
    [HttpPut("families/me/care-manager")]
    [ProducesResponseType<CareManagerChoice>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<CareManagerChoice> ChooseCareManager(ChooseMyCareManager request, CancellationToken cancellationToken) =>
        await mediator.Send(request, cancellationToken);

    /// <summary>Verified caregivers with the care-manager credential, for a family to choose from.</summary>
    [AllowAnonymous]
    [HttpGet("care-managers")]
    public async Task<IReadOnlyList<CareManagerChoice>> ListCareManagers(CancellationToken cancellationToken) =>
        await mediator.Send(new ListCareManagers(), cancellationToken);

    /// <summary>For a care manager: the families that chose them, and those families' bookings with their visit logs.</summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpGet("care-managers/me/families")]
    public async Task<ManagedCare> ListManagedCare(CancellationToken cancellationToken) =>
        await mediator.Send(new ListManagedCare(), cancellationToken);
}

/// <summary>
/// The body of <c>PUT /families/me/recipients/{id}</c>: <c>{name, kind, birthYear, needs[], address: {areaCode, line, lat, lon},
/// consent?}</c>.
/// </summary>
public sealed record RecipientChangeBody(
    string Name, Application.Families.RecipientKind Kind, int BirthYear, AddressView Address, bool Consent = false, IReadOnlyList<string>? Needs = null);
