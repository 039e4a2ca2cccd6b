using Marketplace.Application.Accounts;
using Marketplace.Application.Families.CareManager;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Pages;

/// <summary>A care manager's page: the families that chose them and their bookings, each with its visit log.</summary>
[Authorize(Roles = AccountRoles.Caregiver)]
[Route("care-manager")]
public sealed class ManagedCareController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new ListManagedCare(), cancellationToken));
}
