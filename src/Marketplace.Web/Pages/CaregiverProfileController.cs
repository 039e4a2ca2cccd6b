using Marketplace.Web.Composition;
using Microsoft.AspNetCore.RateLimiting;
using System.Text.RegularExpressions;
using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers.GetMyProfile;
using Marketplace.Application.Caregivers.Photo;
using Marketplace.Application.SharedKernel;
using Marketplace.Web.Requests;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

[Authorize(Roles = AccountRoles.Caregiver)]
[Route("caregiver/profile")]
[AutoValidateAntiforgeryToken]
public sealed partial class CaregiverProfileController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(bool saved, CancellationToken cancellationToken)
    {
        var own = await mediator.Send(new GetMyCaregiverProfile(), cancellationToken);
        ViewData["Saved"] = saved;
        return await FormViewAsync(CaregiverProfileForm.From(own), cancellationToken);
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit(CaregiverProfileForm form, CancellationToken cancellationToken)
    {
        var (command, unreadable) = form.ToCommand();
        ModelState.AddUnreadable(unreadable, text);

        if (command is null)
        {
            return await FormViewAsync(form, cancellationToken);
        }

        if (await this.TrySendAsync(mediator, command, text, cancellationToken, FormField) is null)
        {
            return await FormViewAsync(form, cancellationToken);
        }

        return RedirectToAction(nameof(Edit), new { saved = true });
    }

    [HttpPost("photo")]
    [EnableRateLimiting(RateLimitSetup.Uploads)]
    [RequestSizeLimit(UploadRequest.MaxBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadRequest.MaxBytes)]
    public async Task<IActionResult> Photo(IFormFile? file, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        return await this.ActAsync(
            text,
            async () => await mediator.Send(new UploadMyPhoto(content, file?.Length ?? 0), cancellationToken),
            text["CaregiverProfile.PhotoSaved"].Value,
            () => RedirectToAction(nameof(Edit)),
            async () =>
            {
                // The refusal (a wrong type, the account's quota) is said again beside the file input.
                ViewData["PhotoRefused"] = true;
                return await FormViewAsync(CaregiverProfileForm.From(await mediator.Send(new GetMyCaregiverProfile(), cancellationToken)), cancellationToken);
            });
    }

    private async Task<IActionResult> FormViewAsync(CaregiverProfileForm form, CancellationToken cancellationToken)
    {
        ViewData["Profile"] = (await mediator.Send(new GetMyCaregiverProfile(), cancellationToken)).Profile;
        ViewData["Areas"] = await mediator.AreasAsync(cancellationToken);
        return View("Edit", form);
    }

    /// <summary>The form field a command property's error belongs to: <c>Home.Lat</c> to HomeLat, <c>Skills[2]</c> to Skills.</summary>
    private static string FormField(string propertyName) =>
        IndexSuffix().Replace(propertyName, string.Empty) switch
        {
            "Home" or "Home.Lat" => nameof(CaregiverProfileForm.HomeLat),
            "Home.Lon" => nameof(CaregiverProfileForm.HomeLon),
            var name => name,
        };

    [GeneratedRegex(@"\[\d+\]$")]
    private static partial Regex IndexSuffix();
}
