using Marketplace.Application.Notifications.Delivery;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Notifications;

/// <summary>A person whose address was reported undeliverable says it works again (the notice on their account page).</summary>
[Authorize]
[Route("account/email-delivery")]
[AutoValidateAntiforgeryToken]
public sealed class EmailDeliveryController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpPost("retry")]
    public Task<IActionResult> Retry(CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            async () => await mediator.Send(new RetryEmailDelivery(), cancellationToken),
            text["EmailDelivery.Retried"].Value,
            () => LocalRedirect("/account"),
            () => Task.FromResult<IActionResult>(LocalRedirect("/account")));
}
