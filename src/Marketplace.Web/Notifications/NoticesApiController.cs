using Marketplace.Application.Notifications.Inbox;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Notifications;

/// <summary>The caller's in-app notices: what every email to them said, for a person whose email does not arrive.</summary>
[ApiController]
[Authorize]
[Route("api/v1/notifications")]
public sealed class NoticesApiController(IMediator mediator) : ControllerBase
{
    /// <summary>The caller's latest 50 notices, newest first (<c>{unread, items: [{id, title, text, createdAt, read}]}</c>), <c>unread</c> counting all.</summary>
    [HttpGet("")]
    [ProducesResponseType<MyNotices>(StatusCodes.Status200OK)]
    public async Task<MyNotices> List(CancellationToken cancellationToken) => await mediator.Send(new GetMyNotices(), cancellationToken);

    /// <summary>Marks every notice of the caller read: 204.</summary>
    [HttpPost("read")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> MarkRead(CancellationToken cancellationToken)
    {
        await mediator.Send(new MarkMyNoticesRead(), cancellationToken);
        return NoContent();
    }
}
