using Marketplace.Application.Notifications.Inbox;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Notifications;

/// <summary>In the header of every page for a signed-in person: a link to their notices, with how many are unread.</summary>
public sealed class NoticeBellViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await mediator.Send(new CountMyUnreadNotices(), HttpContext.RequestAborted));
}
