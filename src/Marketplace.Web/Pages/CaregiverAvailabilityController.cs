using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers.Availability;
using Marketplace.Application.Common.Errors;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>
/// The caregiver's working week and time off. Time off that falls on booked visits is not saved until the caregiver
/// has seen those visits and chosen: cancel them (the families are told) or keep working them.
/// </summary>
[Authorize(Roles = AccountRoles.Caregiver)]
[Route("caregiver/availability")]
[AutoValidateAntiforgeryToken]
public sealed class CaregiverAvailabilityController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    /// <summary>The visits listed for the caregiver to choose about (the form's time off not yet saved).</summary>
    public const string VisitsToChoose = nameof(VisitsToChoose);

    /// <summary>The booked visits already in the caregiver's time off, kept to be worked.</summary>
    public const string VisitsInTimeOff = nameof(VisitsInTimeOff);

    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        var availability = await mediator.Send(new GetMyAvailability(), cancellationToken);
        ViewData[VisitsInTimeOff] = availability.VisitsInTimeOff;
        return View(AvailabilityForm.From(availability));
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit(AvailabilityForm form, CancellationToken cancellationToken)
    {
        var (command, unreadable) = form.ToCommand();
        ModelState.AddUnreadable(unreadable, text);
        try
        {
            if (command is null || await this.TrySendAsync(mediator, command, text, cancellationToken, form.FieldOf) is null)
            {
                return View(form.AsSent());
            }
        }
        catch (BusinessRuleException rule) when (rule.Rule == SetMyAvailability.ChooseForVisits)
        {
            // Nothing is saved: the visits are listed with the two choices, which send the same form again.
            ViewData[VisitsToChoose] = await mediator.Send(new PreviewTimeOff(command!.TimeOff), cancellationToken);
            var asked = View(form.AsSent());
            asked.StatusCode = StatusCodes.Status409Conflict;
            return asked;
        }

        TempData["Notice"] = text[form.BookedVisits switch
        {
            BookedVisitsChoice.Cancel => "Availability.SavedVisitsCancelled",
            BookedVisitsChoice.Keep => "Availability.SavedVisitsKept",
            _ => "Availability.Saved",
        }].Value;
        return RedirectToAction(nameof(Edit));
    }
}
