using Marketplace.Application.Accounts;
using Marketplace.Application.CarePlans;
using Marketplace.Application.CarePlans.Alerts;
using Marketplace.Application.Families.CareManager;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Pages;

/// <summary>A care manager's page: their open alerts, most urgent first; the families that chose them, each person with their care plan; and their bookings, each with its visit log.</summary>
[Authorize(Roles = AccountRoles.Caregiver)]
[Route("care-manager")]
public sealed class ManagedCareController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ManagedCarePage(
            await mediator.Send(new ListManagedCare(), cancellationToken),
            await mediator.Send(new ListMyCareAlerts(CareAlertStatus.Open), cancellationToken)));
}

/// <summary>The care manager's page: the families and bookings they oversee, and their open alerts.</summary>
public sealed record ManagedCarePage(ManagedCare Care, IReadOnlyList<CareAlertView> Alerts);
