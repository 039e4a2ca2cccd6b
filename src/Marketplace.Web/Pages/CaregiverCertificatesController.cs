using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers.Certificates;
using Marketplace.Application.Caregivers.GetMyProfile;
using Marketplace.Application.SharedKernel;
using Marketplace.Web.Composition;
using Marketplace.Web.Requests;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>The caregiver's certificates: list them, upload their scans, see where verification stands.</summary>
[Authorize(Roles = AccountRoles.Caregiver)]
[Route("caregiver/certificates")]
[AutoValidateAntiforgeryToken]
public sealed class CaregiverCertificatesController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await PageAsync(new AddMyCertificateForm(), cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Add(AddMyCertificateForm form, CancellationToken cancellationToken)
    {
        if (form.IssuedOn is null || form.ExpiresOn is null)
        {
            ModelState.AddModelError(form.IssuedOn is null ? nameof(form.IssuedOn) : nameof(form.ExpiresOn), text["Validation.Date"]);
            return await PageAsync(form, cancellationToken);
        }

        var command = new AddMyCertificate(form.Title ?? "", form.Number ?? "", form.Issuer ?? "", form.IssuedOn.Value, form.ExpiresOn.Value);
        if (await this.TrySendAsync(mediator, command, text, cancellationToken) is null)
        {
            return await PageAsync(form, cancellationToken);
        }

        TempData["Notice"] = text["Certificates.Added"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:guid}/document")]
    [EnableRateLimiting(RateLimitSetup.Uploads)]
    [RequestSizeLimit(UploadRequest.MaxBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadRequest.MaxBytes)]
    public async Task<IActionResult> Upload(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        return await this.ActAsync(
            text,
            async () => await mediator.Send(new UploadCertificateDocument(id, content, file?.Length ?? 0), cancellationToken),
            text["Certificates.Uploaded"].Value,
            () => RedirectToAction(nameof(Index)),
            () =>
            {
                // The refusal (a wrong type, the account's quota) is said again beside this certificate's file input.
                ViewData["UploadRefusedFor"] = id;
                return PageAsync(new AddMyCertificateForm(), cancellationToken);
            });
    }

    private async Task<IActionResult> PageAsync(AddMyCertificateForm form, CancellationToken cancellationToken)
    {
        ViewData["Profile"] = (await mediator.Send(new GetMyCaregiverProfile(), cancellationToken)).Profile;
        ViewData["Certificates"] = await mediator.Send(new ListMyCertificates(), cancellationToken);
        return View("Index", form);
    }
}

public sealed class AddMyCertificateForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Field.CertificateTitle")]
    public string? Title { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Field.CertificateNumber")]
    public string? Number { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Field.Issuer")]
    public string? Issuer { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Field.IssuedOn")]
    public DateOnly? IssuedOn { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Field.ExpiresOn")]
    public DateOnly? ExpiresOn { get; set; }
}
