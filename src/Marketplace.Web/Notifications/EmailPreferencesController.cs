using System.ComponentModel.DataAnnotations;
using Marketplace.Application.Notifications.Preferences;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Notifications;

/// <summary>The signed-in person chooses which optional emails they get (reminders, visit logs); the rest are always sent.</summary>
[Authorize]
[Route("account/email-preferences")]
[AutoValidateAntiforgeryToken]
public sealed class EmailPreferencesController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var chosen = await mediator.Send(new GetMyEmailPreferences(), cancellationToken);
        return View(new EmailPreferencesForm { Reminders = chosen.Reminders, VisitLogs = chosen.VisitLogs });
    }

    /// <summary>An unticked box is not sent at all: it means "off".</summary>
    [HttpPost("")]
    public Task<IActionResult> Save(EmailPreferencesForm form, CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            async () => await mediator.Send(new SetMyEmailPreferences(form.Reminders, form.VisitLogs), cancellationToken),
            text["EmailPreferences.Saved"].Value,
            () => LocalRedirect("/account/email-preferences"),
            () => Task.FromResult<IActionResult>(View("Index", form)));
}

public sealed class EmailPreferencesForm
{
    [Display(Name = "Field.Reminders")]
    public bool Reminders { get; set; }

    [Display(Name = "Field.VisitLogs")]
    public bool VisitLogs { get; set; }
}
