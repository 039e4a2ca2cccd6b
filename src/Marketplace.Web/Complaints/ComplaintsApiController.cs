using Marketplace.Application.Accounts;
using Marketplace.Application.Complaints;
using Marketplace.Application.Complaints.File;
using Marketplace.Application.Complaints.Reinstate;
using Marketplace.Application.Complaints.Resolve;
using Marketplace.Application.Complaints.View;
using Marketplace.Application.Common.Paging;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Complaints;

/// <summary>Families complain about a booking's care; admins take complaints up, resolve them, suspend and reinstate providers.</summary>
[ApiController]
[Tags(ApiTags.QualityOfCare)]
[Route("api/v1")]
public sealed class ComplaintsApiController(IMediator mediator) : ControllerBase
{
    /// <summary>
    /// The family complains about the booking: <c>{category, description}</c>, once, until 90 days after its last visit.
    /// 201 with the complaint; 400 naming a field; 403 for the provider and admins; 404 for anyone else; 409 when filed
    /// already or too late.
    /// </summary>
    [Authorize]
    [HttpPost("bookings/{id:guid}/complaint")]
    [ProducesResponseType<ComplaintView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> File(Guid id, ComplaintBody body, CancellationToken cancellationToken)
    {
        var complaint = await mediator.Send(new FileComplaint(id, body.Category, body.Description), cancellationToken);
        return Created($"/api/v1/bookings/{id}/complaint", complaint);
    }

    /// <summary>
    /// The booking's complaint (<c>complaint</c>, null while none) and until when the family may file one
    /// (<c>fileableUntil</c>), for its family and admins; 403 for its provider; 404 for anyone else. The read is logged.
    /// </summary>
    [Authorize]
    [HttpGet("bookings/{id:guid}/complaint")]
    [ProducesResponseType<BookingComplaint>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<BookingComplaint> OfBooking(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetBookingComplaint(id), cancellationToken);

    /// <summary>
    /// The admins' queue, a page at a time: <c>status</c> (open, investigating, resolved) or all; unresolved first, safety
    /// first, oldest first; <c>page</c> (from 1) and <c>pageSize</c> (1 to 100, 20 by default).
    /// </summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpGet("admin/complaints")]
    [ProducesResponseType<Paged<ComplaintView>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<Paged<ComplaintView>> Queue(
        [FromQuery] ComplaintStatus? status, int page = 1, int pageSize = PageRequests.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await mediator.Send(new ListComplaints(status, page, pageSize), cancellationToken);

    /// <summary>One complaint, with the provider's suspension as it stands now (<c>providerSuspension</c>, null when none).</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpGet("admin/complaints/{id:guid}")]
    [ProducesResponseType<ComplaintCase>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ComplaintCase> Case(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetComplaint(id), cancellationToken);

    /// <summary>An admin takes an open complaint up. 409 when it is not open.</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpPost("admin/complaints/{id:guid}/investigate")]
    [ProducesResponseType<ComplaintView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ComplaintView> Investigate(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new InvestigateComplaint(id), cancellationToken);

    /// <summary>
    /// An admin resolves a complaint: <c>{outcome: upheld|notUpheld, resolution, suspendProvider, suspensionReason}</c>.
    /// The family is emailed the outcome; with <c>suspendProvider</c> (upheld only, reason required) the caregiver or
    /// listing is suspended and its provider emailed the reason. 409 when resolved already or the provider cannot be suspended.
    /// </summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpPost("admin/complaints/{id:guid}/resolve")]
    [ProducesResponseType<ComplaintView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ComplaintView> Resolve(Guid id, ResolutionBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new ResolveComplaint(id, body.Outcome, body.Resolution, body.SuspendProvider ?? false, body.SuspensionReason), cancellationToken);

    /// <summary>An admin lifts a caregiver's suspension: verified again (expired without a current certificate). 409 when not suspended.</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpPost("admin/caregivers/{id:guid}/reinstate")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> ReinstateCaregiver(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new ReinstateCaregiver(id), cancellationToken);
        return NoContent();
    }

    /// <summary>An admin lifts a listing's suspension: it comes back paused, for its enterprise to publish. 409 when not suspended.</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpPost("admin/listings/{id:guid}/reinstate")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> ReinstateListing(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new ReinstateListing(id), cancellationToken);
        return NoContent();
    }
}

/// <param name="Category">safety, conduct, missedCare, qualityOfCare, billing or other.</param>
/// <param name="Description">What happened, 1 to 4,000 characters.</param>
public sealed record ComplaintBody(ComplaintCategory? Category, string? Description);

/// <param name="Outcome">upheld or notUpheld.</param>
/// <param name="Resolution">The admin's words to the family, 1 to 2,000 characters.</param>
/// <param name="SuspendProvider">Suspend the caregiver or listing complained about (upheld only); false when left out.</param>
/// <param name="SuspensionReason">Why, emailed to the provider; required with <paramref name="SuspendProvider"/>, at most 1,000 characters.</param>
public sealed record ResolutionBody(ComplaintOutcome? Outcome, string? Resolution, bool? SuspendProvider = null, string? SuspensionReason = null);
