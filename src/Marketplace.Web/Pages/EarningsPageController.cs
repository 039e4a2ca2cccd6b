using Marketplace.Application.Accounts;
using Marketplace.Application.Payments.Earnings;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Pages;

/// <summary>
/// A provider's earnings: twelve months to <c>?until=yyyy-MM</c> (by default this month) drawn as a chart and listed as a
/// table, with what the platform owes them and the commission they owe on cash they collected.
/// </summary>
[Authorize(Roles = AccountRoles.Caregiver + "," + AccountRoles.Enterprise)]
[Route("earnings")]
public sealed class EarningsPageController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? until, CancellationToken cancellationToken)
    {
        // A month out of any sensible range (a hand-typed address) shows the twelve months to today instead.
        var query = FormDates.Month(until, monthsBefore: 11, monthsAfter: 1) is { } month
            ? new GetMyEarnings(month.AddMonths(-11), month.AddMonths(1).AddDays(-1))
            : new GetMyEarnings(null, null);
        return View(await mediator.Send(query, cancellationToken));
    }
}
