using Marketplace.Application.Notifications.Inbox;
using Mediator;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Notifications;

/// <summary>
/// In the header of every page for a signed-in person: a link to their notices, with how many are unread. The error
/// page shows the bell without the count: it may be telling that the database cannot be reached, and must not ask it.
/// </summary>
public sealed class NoticeBellViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(HttpContext.Features.Get<IExceptionHandlerFeature>() is null
            ? await mediator.Send(new CountMyUnreadNotices(), HttpContext.RequestAborted)
            : 0);
}
