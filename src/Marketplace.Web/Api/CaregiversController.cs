using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings.View;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Caregivers.Availability;
using Marketplace.Application.Caregivers.GetProfile;
using Marketplace.Application.Caregivers.Photo;
using Marketplace.Application.Caregivers.UpdateMyProfile;
using Marketplace.Application.SharedKernel;
using Marketplace.Web.Composition;
using Marketplace.Web.Requests;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

[ApiController]
[Tags(ApiTags.Caregivers)]
[Route("api/v1/caregivers")]
public sealed class CaregiversController(IMediator mediator) : ControllerBase
{
    /// <summary>The signed-in caregiver writes their profile.</summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpPut("me")]
    [ProducesResponseType<CaregiverProfileView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    public async Task<CaregiverProfileView> UpdateMine(UpdateMyCaregiverProfile request, CancellationToken cancellationToken) =>
        await mediator.Send(request, cancellationToken);

    /// <summary>
    /// A caregiver's public profile (verified caregivers; others only to themselves and admins), as its page
    /// <c>/caregivers/{id}</c> shows it: <c>verifiedCertificates</c> lists those a verifier has seen that are valid today,
    /// as <c>{title, issuer, validUntil}</c>, never their numbers or scans. Never the home point.
    /// </summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<CaregiverProfileView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<CaregiverProfileView> Get(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetCaregiverProfile(id), cancellationToken);

    /// <summary>
    /// Uploads the profile photo as multipart field <c>file</c>: JPEG or PNG, at most 15 MB (413 past that), kept shrunk to
    /// 1200 pixels on its longest side, upright and without its metadata (no GPS position). The photo it replaces is deleted;
    /// 409 when the account's files would go over its quota (<c>Uploads:MaxBytesPerAccount</c>, 50 MB by default).
    /// </summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpPut("me/photo")]
    [EnableRateLimiting(RateLimitSetup.Uploads)]
    [RequestSizeLimit(UploadRequest.MaxBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadRequest.MaxBytes)]
    [ProducesResponseType<CaregiverProfileView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<CaregiverProfileView> UploadPhoto(IFormFile? file, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        return await mediator.Send(new UploadMyPhoto(content, file?.Length ?? 0), cancellationToken);
    }

    /// <summary>The caregiver's photo, wherever their profile may be seen.</summary>
    [HttpGet("{id:guid}/photo")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "image/jpeg")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Photo(Guid id, CancellationToken cancellationToken)
    {
        var photo = await mediator.Send(new GetCaregiverPhoto(id), cancellationToken);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(photo.Content, photo.ContentType);
    }

    /// <summary>The signed-in caregiver's weekly windows (local time) and time off.</summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpGet("me/availability")]
    public async Task<AvailabilityView> GetMyAvailability(CancellationToken cancellationToken) =>
        await mediator.Send(new GetMyAvailability(), cancellationToken);

    /// <summary>
    /// The signed-in caregiver's visits that hold their time between <c>from</c> and <c>to</c> (instants with their offsets,
    /// at most six weeks apart), in time order, each in the local time of its booking: <c>[{bookingId, visitId,
    /// bookingStatus, status, recipientName, start, end}]</c>. 400 for a period out of order or too long.
    /// </summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpGet("me/schedule")]
    [ProducesResponseType<IReadOnlyList<ScheduledVisit>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IReadOnlyList<ScheduledVisit>> GetMySchedule(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        await mediator.Send(new GetMySchedule(from, to), cancellationToken);

    /// <summary>
    /// Replaces the weekly windows and time off: <c>{timeZone, weekly: [{day, start, end}], timeOff: [{from, to}], bookedVisits?}</c>.
    /// Booked visits that new time off falls on are kept (<c>bookedVisits: "keep"</c>, the default), cancelled from the
    /// caregiver's side with the families told (<c>"cancel"</c>), or refuse the change with 409 (<c>"ask"</c>). The answer's
    /// <c>visitsInTimeOff</c> lists the booked visits still to come in the time off.
    /// </summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpPut("me/availability")]
    [ProducesResponseType<AvailabilityView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<AvailabilityView> SetMyAvailability(SetMyAvailability request, CancellationToken cancellationToken) =>
        await mediator.Send(request, cancellationToken);
}
