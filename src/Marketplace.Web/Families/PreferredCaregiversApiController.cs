using Marketplace.Application.Accounts;
using Marketplace.Application.Families.PreferredCaregivers;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Families;

/// <summary>
/// A family's preferred caregivers, each for one of its people: offered first when a visit for that person needs another
/// caregiver (docs/decisions/0019-continuity-of-care.md). Families only (403 for other accounts).
/// </summary>
[ApiController]
[Tags(ApiTags.Families)]
[Authorize(Roles = AccountRoles.Family)]
[Route("api/v1/families/me/preferred-caregivers")]
public sealed class PreferredCaregiversApiController(IMediator mediator) : ControllerBase
{
    /// <summary>
    /// <c>[{caregiverId, fullName, recipientId, recipientName, bookable, hasPhoto, hourlyRateIdr, markedAt}]</c> by person, in
    /// the order marked; a caregiver who cannot be booked now (suspended, or her certificate lapsed) stays with <c>bookable</c> false.
    /// </summary>
    [HttpGet("")]
    [ProducesResponseType<IReadOnlyList<PreferredCaregiverView>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<PreferredCaregiverView>> List(CancellationToken cancellationToken) =>
        await mediator.Send(new ListMyPreferredCaregivers(), cancellationToken);

    /// <summary>
    /// Marks the caregiver as preferred for one of the family's people: <c>{recipientId}</c>. Idempotent (marking again answers
    /// the same). 400 without <c>recipientId</c>; 404 for a caregiver unknown or not verified, or a person not the family's;
    /// 409 past 10 caregivers for one person.
    /// </summary>
    [HttpPut("{caregiverId:guid}")]
    [ProducesResponseType<PreferredCaregiverView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<PreferredCaregiverView> Mark(Guid caregiverId, PreferredCaregiverBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new PreferCaregiver(caregiverId, body.RecipientId), cancellationToken);

    /// <summary>
    /// Unmarks the caregiver (204): for the person <c>?recipientId=</c> names (404 for a person not the family's), or for every
    /// one of the family's people. Idempotent: a caregiver not marked, unknown or no longer verified answers 204 as well.
    /// </summary>
    [HttpDelete("{caregiverId:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Unmark(Guid caregiverId, [FromQuery] Guid? recipientId, CancellationToken cancellationToken)
    {
        await mediator.Send(new UnpreferCaregiver(caregiverId, recipientId), cancellationToken);
        return NoContent();
    }
}

/// <param name="RecipientId">The family's person the caregiver is preferred for.</param>
public sealed record PreferredCaregiverBody(Guid? RecipientId);
