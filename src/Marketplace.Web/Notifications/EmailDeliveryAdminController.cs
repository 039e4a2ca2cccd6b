using Marketplace.Application.Accounts;
using Marketplace.Application.Notifications.Delivery;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Notifications;

/// <summary>The admin's page of addresses email does not reach: whom to reach another way (a call, a message).</summary>
[Authorize(Roles = AccountRoles.Admin)]
[Route("admin/email")]
public sealed class EmailDeliveryAdminController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new ListUndeliverableAddresses(), cancellationToken));
}
