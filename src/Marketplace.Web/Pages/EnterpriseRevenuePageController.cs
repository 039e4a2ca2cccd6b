using Marketplace.Application.Accounts;
using Marketplace.Application.Payments.Revenue;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Pages;

/// <summary>
/// An enterprise's revenue per listing over the twelve months to <c>?until=yyyy-MM</c> (by default this month), drawn as
/// bars and listed as a table.
/// </summary>
[Authorize(Roles = AccountRoles.Enterprise)]
[Route("enterprise/revenue")]
public sealed class EnterpriseRevenuePageController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? until, CancellationToken cancellationToken)
    {
        var (from, to) = FormDates.TwelveMonthsTo(until);
        return View(await mediator.Send(new GetMyListingRevenue(from, to), cancellationToken));
    }
}
