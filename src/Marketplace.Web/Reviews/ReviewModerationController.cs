using Marketplace.Application.Accounts;
using Marketplace.Application.Reviews.View;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Reviews;

/// <summary>Admins read the latest reviews, hidden ones too, and open a review's page to hide it.</summary>
[Authorize(Roles = AccountRoles.Admin)]
[Route("admin/reviews")]
public sealed class ReviewModerationController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(await mediator.Send(new ListLatestReviews(page, ListPageSize), cancellationToken));

    private const int ListPageSize = 50;
}
