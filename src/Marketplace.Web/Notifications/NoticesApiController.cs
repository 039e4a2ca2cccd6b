using Marketplace.Application.Common.Paging;
using Marketplace.Application.Notifications.Inbox;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Notifications;

/// <summary>The caller's in-app notices: what every email to them said, for a person whose email does not arrive.</summary>
[ApiController]
[Tags(ApiTags.Accounts)]
[Authorize]
[Route("api/v1/notifications")]
public sealed class NoticesApiController(IMediator mediator) : ControllerBase
{
    /// <summary>
    /// The caller's notices, newest first, a page at a time: <c>{unread, items: [{id, title, text, createdAt, read}], total,
    /// page, pageSize}</c>, <c>unread</c> counting all of them; <c>page</c> (from 1) and <c>pageSize</c> (1 to 100, 20 by default).
    /// </summary>
    [HttpGet("")]
    [ProducesResponseType<MyNotices>(StatusCodes.Status200OK)]
    public async Task<MyNotices> List(int page = 1, int pageSize = PageRequests.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await mediator.Send(new GetMyNotices(page, pageSize), cancellationToken);

    /// <summary>Marks every notice of the caller read: 204.</summary>
    [HttpPost("read")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> MarkRead(CancellationToken cancellationToken)
    {
        await mediator.Send(new MarkMyNoticesRead(), cancellationToken);
        return NoContent();
    }
}
