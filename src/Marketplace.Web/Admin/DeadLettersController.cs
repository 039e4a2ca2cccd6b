using Marketplace.Application.Accounts;
using Marketplace.Application.Admin.DeadLetters;
using Marketplace.Application.Common.Outbox;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;
using Marketplace.Application.Common.Paging;

namespace Marketplace.Web.Admin;

/// <summary>Side effects (emails, search-index updates) that failed for good, and sending one again.</summary>
[ApiController]
[Tags(ApiTags.Administration)]
[Authorize(Roles = AccountRoles.Admin)]
[Route("api/v1/admin/outbox/dead-letters")]
public sealed class DeadLettersController(IMediator mediator) : ControllerBase
{
    /// <summary>
    /// The dead letters, newest first, a page at a time: <c>{items: [{id, type, occurredAt, attempts, lastError, deadAt}],
    /// total, page, pageSize}</c>; <c>page</c> (from 1) and <c>pageSize</c> (1 to 100, 20 by default).
    /// </summary>
    [HttpGet("")]
    [ProducesResponseType<Paged<DeadLetter>>(StatusCodes.Status200OK)]
    public async Task<Paged<DeadLetter>> List(int page = 1, int pageSize = PageRequests.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await mediator.Send(new ListDeadLetters(page, pageSize), cancellationToken);

    /// <summary>Puts a dead letter back in line, to be attempted at once with a fresh count; 404 when there is no such dead letter.</summary>
    [HttpPost("{id:guid}/retry")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Retry(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new RetryDeadLetter(id), cancellationToken);
        return NoContent();
    }
}
