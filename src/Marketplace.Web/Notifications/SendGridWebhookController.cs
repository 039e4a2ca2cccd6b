using System.Text;
using Marketplace.Application.Notifications.Delivery;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SendGrid.Helpers.EventWebhook;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Notifications;

/// <summary>SendGrid's event webhook: the only caller is SendGrid, proven by its ECDSA signature over the raw body, not by a sign-in.</summary>
[ApiController]
[Tags(ApiTags.Webhooks)]
[AllowAnonymous]
public sealed class SendGridWebhookController(IMediator mediator) : ControllerBase
{
    /// <summary>SendGrid posts batches of events, each well under a kilobyte, up to a few megabytes in all.</summary>
    private const int MaxBatchBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Receives a batch of SendGrid events (a JSON array). The <c>X-Twilio-Email-Event-Webhook-Signature</c> header must
    /// hold over <c>X-Twilio-Email-Event-Webhook-Timestamp</c> followed by the raw body, for the configured verification
    /// key. Every <c>bounce</c> (except of type <c>blocked</c>), <c>dropped</c> and <c>spamreport</c> marks its address
    /// undeliverable; other events are ignored. 200 when done (a replay changes nothing); 401 when unsigned; 403 when the
    /// signature does not hold or no key is configured; 409 while another request marks the same new address (SendGrid retries).
    /// </summary>
    [HttpPost("api/v1/webhooks/sendgrid")]
    [RequestSizeLimit(MaxBatchBytes)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    public async Task<IActionResult> Receive(
        [FromHeader(Name = RequestValidator.SIGNATURE_HEADER)] string? signature,
        [FromHeader(Name = RequestValidator.TIMESTAMP_HEADER)] string? timestamp,
        CancellationToken cancellationToken)
    {
        // The signature is over the exact bytes sent, so the body is read as text, never bound to a model.
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(cancellationToken);
        await mediator.Send(new ReceiveEmailEvents(body, signature, timestamp), cancellationToken);
        return Ok();
    }
}
