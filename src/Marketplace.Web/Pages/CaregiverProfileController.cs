using System.Text.RegularExpressions;
using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Areas.ListServiceAreas;
using Marketplace.Application.Caregivers.GetMyProfile;
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
    /// <summary>Sulawesi Selatan, the first region; the area picker offers its regencies and districts.</summary>
    private const string FirstRegionProvince = "73";

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
        var (command, notNumbers) = form.ToCommand();
        foreach (var field in notNumbers)
        {
            ModelState.AddModelError(field, text["Validation.Number"]);
        }

        if (command is null)
        {
            return await FormViewAsync(form, cancellationToken);
        }

        try
        {
            await mediator.Send(command, cancellationToken);
        }
        catch (ValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid, text, FormField);
            return await FormViewAsync(form, cancellationToken);
        }

        return RedirectToAction(nameof(Edit), new { saved = true });
    }

    private async Task<IActionResult> FormViewAsync(CaregiverProfileForm form, CancellationToken cancellationToken)
    {
        ViewData["Areas"] = await mediator.Send(new ListServiceAreas(FirstRegionProvince), cancellationToken);
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
