using Marketplace.Application.Notifications.Inbox;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Notifications;

/// <summary>The page behind the bell: the signed-in person's notices, and a button that marks them read.</summary>
[Authorize]
[Route("notifications")]
[AutoValidateAntiforgeryToken]
public sealed class NoticesController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(await mediator.Send(new GetMyNotices(page, ListPageSize), cancellationToken));

    private const int ListPageSize = 50;

    [HttpPost("read")]
    public async Task<IActionResult> MarkRead(CancellationToken cancellationToken)
    {
        await mediator.Send(new MarkMyNoticesRead(), cancellationToken);
        TempData["Notice"] = text["Notices.MarkedRead"].Value;
        return LocalRedirect("/notifications");
    }
}
