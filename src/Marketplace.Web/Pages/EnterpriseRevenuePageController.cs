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
        // A month out of any sensible range (a hand-typed address) shows the twelve months to today instead.
        var query = FormDates.Month(until, monthsBefore: 11, monthsAfter: 1) is { } month
            ? new GetMyListingRevenue(month.AddMonths(-11), month.AddMonths(1).AddDays(-1))
            : new GetMyListingRevenue(null, null);
        return View(await mediator.Send(query, cancellationToken));
    }
}
