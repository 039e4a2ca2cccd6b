using Marketplace.Application.Bookings.Replacements;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Bookings;

/// <summary>Other caregivers for a home visit its caregiver cancelled or cannot give (docs/decisions/0019-continuity-of-care.md).</summary>
[ApiController]
[Tags(ApiTags.Bookings)]
[Authorize]
[Route("api/v1/bookings/{id:guid}/visits/{visitId:guid}/replacements")]
public sealed class ReplacementsApiController(IMediator mediator) : ControllerBase
{
    /// <summary>
    /// The caregivers the family may ask to take the visit, free then, verified and serving the person's home, in order:
    /// <c>{bookingId, visitId, recipientId, recipientName, replacedCaregiverName, cause, timeZone, start, end, hours, items: [{caregiverId,
    /// fullName, reason: preferred|previouslyBooked|nearby, distanceKm, hourlyRateIdr, visitPriceIdr, rating, reviewCount, hasPhoto}]}</c>.
    /// One is asked with the ordinary <c>POST /api/v1/bookings</c> (<c>kind: homeCare</c>, her <c>caregiverId</c>, <c>recipientId</c>,
    /// <c>start</c>, <c>hours</c>). For the booking's family only (404 for anyone else, or a visit not of the booking); 409 when the
    /// visit needs nobody else (not cancelled by its caregiver, or past), or someone was asked already.
    /// </summary>
    [HttpGet("")]
    [ProducesResponseType<ReplacementOffer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ReplacementOffer> Offer(Guid id, Guid visitId, CancellationToken cancellationToken) =>
        await mediator.Send(new FindReplacements(id, visitId), cancellationToken);
}
