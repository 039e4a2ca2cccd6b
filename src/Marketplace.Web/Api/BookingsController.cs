using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Paging;
using Marketplace.Application.Bookings.Answer;
using Marketplace.Application.Bookings.Cancel;
using Marketplace.Application.Bookings.View;
using Marketplace.Application.Bookings.Visits;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

/// <summary>Bookings: families request, caregivers answer and give the visits; either side may cancel.</summary>
[ApiController]
[Tags(ApiTags.Bookings)]
[Authorize]
[Route("api/v1/bookings")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
public sealed class BookingsController(IMediator mediator) : ControllerBase
{
    /// <summary>
    /// Books care. Home care <c>{kind: "homeCare", caregiverId, recipientId, start, hours, repeatWeekly?: {days[], weeks}}</c>
    /// holds the caregiver's time until they answer; daycare <c>{kind: "daycare", listingId, recipientId, dates[]}</c> and
    /// mobile clinic <c>{kind: "mobileClinic", slotId, recipientId}</c> are taken at once. 409 when the time or place is taken.
    /// </summary>
    [Authorize(Roles = AccountRoles.Family)]
    [HttpPost("")]
    [ProducesResponseType<BookingView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<BookingView>> Book(BookingRequestBody body, CancellationToken cancellationToken)
    {
        var booking = await mediator.Send(body.ToCommand(), cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = booking.Id }, booking);
    }

    /// <summary>One booking, for its family, its caregiver or an admin.</summary>
    [HttpGet("{id:guid}")]
    public async Task<BookingView> Get(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetBooking(id), cancellationToken);

    /// <summary>
    /// The caller's bookings, newest request first, a page at a time: <c>status</c>, and <c>from</c>/<c>to</c> to keep
    /// those with a visit then; <c>page</c> (from 1) and <c>pageSize</c> (1 to 100, 20 by default).
    /// </summary>
    [HttpGet("")]
    public async Task<Paged<BookingView>> List(
        BookingStatus? status, DateTimeOffset? from, DateTimeOffset? to, int page = 1, int pageSize = PageRequests.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await mediator.Send(new ListMyBookings(status, from, to, page, pageSize), cancellationToken);

    /// <summary>The caregiver accepts a requested booking; the family is asked to confirm it by paying. 409 when it is no longer waiting for an answer.</summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpPost("{id:guid}/accept")]
    public async Task<BookingView> Accept(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new AcceptBooking(id), cancellationToken);

    /// <summary>The caregiver declines a requested booking, and the family is told. 409 when it is no longer waiting for an answer.</summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpPost("{id:guid}/decline")]
    public async Task<BookingView> Decline(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new DeclineBooking(id), cancellationToken);

    /// <summary>
    /// What cancelling the booking would charge now, before anything is cancelled: the visits it would cancel, each one's
    /// charge, and what is owed after. For the family and the provider (403 to an admin); 409 when nothing can be cancelled.
    /// </summary>
    [HttpGet("{id:guid}/cancellation")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<CancellationPreview> CancellationPreview(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new PreviewCancellation(id), cancellationToken);

    /// <summary>
    /// Cancels the visits still to come; the answer's <c>cancellation.chargeIdr</c> is what the family owes. With
    /// <c>{expectedChargeIdr}</c> (the charge <c>GET .../cancellation</c> said), a different charge is refused with 409.
    /// </summary>
    [HttpPost("{id:guid}/cancel")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<BookingView> Cancel(Guid id, CancelBody? body, CancellationToken cancellationToken) =>
        await mediator.Send(new CancelBooking(id, body?.ExpectedChargeIdr), cancellationToken);

    /// <summary>What cancelling one visit that has not started would charge now, before it is cancelled (as for the booking).</summary>
    [HttpGet("{id:guid}/visits/{visitId:guid}/cancellation")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<CancellationPreview> VisitCancellationPreview(Guid id, Guid visitId, CancellationToken cancellationToken) =>
        await mediator.Send(new PreviewCancellation(id, visitId), cancellationToken);

    /// <summary>
    /// Cancels one visit that has not started, the rest of the booking going on: the family pays for it as for a cancelled
    /// booking (the visit's <c>cancellation.chargeIdr</c>; nothing when the provider cancels), and the other side is told.
    /// The last visit left cancels the booking. <c>{expectedChargeIdr}</c> as for the booking.
    /// </summary>
    [HttpPost("{id:guid}/visits/{visitId:guid}/cancel")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<BookingView> CancelVisit(Guid id, Guid visitId, CancelBody? body, CancellationToken cancellationToken) =>
        await mediator.Send(new CancelVisit(id, visitId, body?.ExpectedChargeIdr), cancellationToken);

    /// <summary>The caregiver arrives: <c>{visitId?}</c>, by default the visit due now.</summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpPost("{id:guid}/check-in")]
    public async Task<BookingView> CheckIn(Guid id, CheckInBody? body, CancellationToken cancellationToken) =>
        await mediator.Send(new CheckInVisit(id, body?.VisitId), cancellationToken);

    /// <summary>Moves one home visit that has not started: <c>{start}</c>, keeping its length. The family or the caregiver may.</summary>
    [HttpPost("{id:guid}/visits/{visitId:guid}/move")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<BookingView> MoveVisit(Guid id, Guid visitId, MoveVisitBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new MoveVisit(id, visitId, body.Start), cancellationToken);

    /// <summary>The caregiver came at the visit's time and nobody was there.</summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpPost("{id:guid}/visits/{visitId:guid}/no-show")]
    public async Task<BookingView> NoShow(Guid id, Guid visitId, CancellationToken cancellationToken) =>
        await mediator.Send(new RecordNoShow(id, visitId), cancellationToken);

    /// <summary>
    /// The caregiver leaves and records the visit: <c>{tasks[], notes, vitals?: {systolicMmHg, diastolicMmHg, pulsePerMinute,
    /// temperatureCelsius, bloodSugarMgDl}, fell?}</c>; <c>fell</c>: the person fell since the last visit (false when left out).
    /// </summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpPost("{id:guid}/check-out")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<BookingView> CheckOut(Guid id, CheckOutBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new CheckOutVisit(id, body.Tasks ?? [], body.Notes, body.Vitals, body.Fell ?? false), cancellationToken);
}

public sealed record CheckInBody(Guid? VisitId = null);

/// <summary>The charge the caller was shown, in whole Rupiah; a cancellation that would charge another is refused.</summary>
public sealed record CancelBody(long? ExpectedChargeIdr = null);

public sealed record MoveVisitBody(DateTimeOffset Start);

public sealed record CheckOutBody(IReadOnlyList<string>? Tasks = null, string? Notes = null, VitalSigns? Vitals = null, bool? Fell = null);
