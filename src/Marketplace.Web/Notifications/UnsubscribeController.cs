using Marketplace.Application.Notifications.Preferences;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Notifications;

/// <summary>
/// The one-click unsubscribe link of an optional email (RFC 8058), for anyone holding it, signed in or not. Opening it
/// (GET) only asks, since mail scanners open links; the button, or the mail program's own POST
/// (<c>List-Unsubscribe=One-Click</c>), stops that kind of email.
/// </summary>
[Route("email/unsubscribe/{token}")]
public sealed class UnsubscribeController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Ask(string token, CancellationToken cancellationToken) =>
        Answer(token, await mediator.Send(new ReadUnsubscribeLink(token), cancellationToken), stopped: false);

    // A mail program's POST carries no antiforgery token, and none is needed: the link's token is what proves the
    // request comes from the mailbox it was sent to, and a forged page cannot know it.
    [HttpPost("")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Stop(string token, CancellationToken cancellationToken) =>
        Answer(token, await mediator.Send(new Unsubscribe(token), cancellationToken), stopped: true);

    private ViewResult Answer(string token, OptionalEmail? kind, bool stopped)
    {
        if (kind is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return View("Index", new UnsubscribeView(token, kind, stopped));
    }
}

/// <param name="Token">The link's token, as the email carried it.</param>
/// <param name="Kind">What the link stops; null when it is not a link the site made.</param>
/// <param name="Stopped">True once the emails are stopped; false while the page asks.</param>
public sealed record UnsubscribeView(string Token, OptionalEmail? Kind, bool Stopped);
