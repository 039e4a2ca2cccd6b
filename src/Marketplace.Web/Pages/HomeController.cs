using Marketplace.Application.Reports.GetMarketplaceSummary;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Pages;

public sealed class HomeController(IMediator mediator, TimeProvider clock) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var summary = await mediator.Send(new GetMarketplaceSummary(), cancellationToken);
        return View(new HomeViewModel(summary, clock.GetUtcNow()));
    }
}

public sealed record HomeViewModel(MarketplaceSummary Summary, DateTimeOffset Now);
