using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers.Certificates;
using Marketplace.Application.SharedKernel;
using Marketplace.Web.Composition;
using Marketplace.Web.Requests;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

/// <summary>A caregiver's certificates and their scanned documents.</summary>
[ApiController]
[Tags(ApiTags.Caregivers)]
[Route("api/v1/caregivers")]
public sealed class CertificatesController(IMediator mediator) : ControllerBase
{
    /// <summary>The caregiver's certificates with their verification state.</summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpGet("me/certificates")]
    public async Task<IReadOnlyList<CertificateView>> ListMine(CancellationToken cancellationToken) =>
        await mediator.Send(new ListMyCertificates(), cancellationToken);

    /// <summary>One of the caregiver's certificates.</summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpGet("me/certificates/{id:guid}")]
    [ProducesResponseType<CertificateView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<CertificateView> GetMine(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetMyCertificate(id), cancellationToken);

    /// <summary>
    /// Lists a certificate: <c>{title, number, issuer, issuedOn, expiresOn}</c>. Upload its document next. 409 when the
    /// caregiver has listed the same certificate (issuer and number) already, or has listed as many as one may.
    /// </summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpPost("me/certificates")]
    [ProducesResponseType<CertificateView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<CertificateView>> Add(AddMyCertificate request, CancellationToken cancellationToken)
    {
        var certificate = await mediator.Send(request, cancellationToken);
        return CreatedAtAction(nameof(GetMine), new { id = certificate.Id }, certificate);
    }

    /// <summary>
    /// Uploads the scanned certificate as multipart field <c>file</c>: PDF, JPEG or PNG, at most 15 MB (413 past that); a
    /// picture is kept shrunk to 2400 pixels on its longest side, upright and without its metadata. A scan it replaces is deleted; 409 when the account's files would go over its quota (<c>Uploads:MaxBytesPerAccount</c>, 50 MB by default).
    /// </summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpPut("me/certificates/{id:guid}/document")]
    [EnableRateLimiting(RateLimitSetup.Uploads)]
    [RequestSizeLimit(UploadRequest.MaxBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadRequest.MaxBytes)]
    [ProducesResponseType<CertificateView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<CertificateView> Upload(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        return await mediator.Send(new UploadCertificateDocument(id, content, file?.Length ?? 0), cancellationToken);
    }

    /// <summary>The scanned certificate, for its caregiver and admins only.</summary>
    [Authorize]
    [HttpGet("{caregiverId:guid}/certificates/{id:guid}/document")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "application/pdf", "image/jpeg")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Download(Guid caregiverId, Guid id, CancellationToken cancellationToken)
    {
        var document = await mediator.Send(new GetCertificateDocument(caregiverId, id), cancellationToken);
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(document.Content, document.ContentType, document.FileName);
    }
}
