using Marketplace.Application.Notifications.Delivery;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Notifications;

/// <summary>On the account page: when email to the person's address does not arrive, says so and how to mend it.</summary>
public sealed class EmailDeliveryNoticeViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        await mediator.Send(new GetEmailDelivery(), HttpContext.RequestAborted) is { } problem
            ? View(problem)
            : Content(string.Empty);
}
