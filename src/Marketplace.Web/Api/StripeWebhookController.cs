using System.Text;
using Marketplace.Application.Payments.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

/// <summary>Stripe's webhooks: the only caller is Stripe, proven by the signature over the raw body, not by a sign-in.</summary>
[ApiController]
[Tags(ApiTags.Webhooks)]
[AllowAnonymous]
public sealed class StripeWebhookController(IMediator mediator) : ControllerBase
{
    /// <summary>Stripe's events are a few kilobytes; this is generous and still small.</summary>
    private const int MaxEventBytes = 256 * 1024;

    /// <summary>
    /// Receives a Stripe event (<c>payment_intent.*</c>, <c>charge.refunded</c>, <c>charge.dispute.created</c>). Its
    /// <c>Stripe-Signature</c> header is checked against the raw body, and its timestamp may be at most five minutes old.
    /// 200 when acted on, or when seen before or of a kind we ignore (a replay is a no-op); 400 when the signature does
    /// not hold; 409 while another instance records the same event (Stripe retries later).
    /// </summary>
    [HttpPost("api/v1/webhooks/stripe")]
    [RequestSizeLimit(MaxEventBytes)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Receive(CancellationToken cancellationToken)
    {
        // The signature is over the exact bytes sent, so the body is read as text, never bound to a model.
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(cancellationToken);
        await mediator.Send(new ReceiveCardEvent(body, Request.Headers["Stripe-Signature"].FirstOrDefault()), cancellationToken);
        return Ok();
    }
}
