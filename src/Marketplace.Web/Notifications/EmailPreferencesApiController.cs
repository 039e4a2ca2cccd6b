using Marketplace.Application.Notifications.Preferences;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Notifications;

/// <summary>
/// The caller's optional emails: <c>{reminders, visitLogs}</c>, each true when wanted. Booking, payment, verification
/// and account emails are always sent, and every email to an account is kept as an in-app notice either way.
/// </summary>
[ApiController]
[Tags(ApiTags.Accounts)]
[Authorize]
[Route("api/v1/me/email-preferences")]
public sealed class EmailPreferencesApiController(IMediator mediator) : ControllerBase
{
    /// <summary>Which optional emails the caller gets.</summary>
    [HttpGet("")]
    [ProducesResponseType<EmailPreferences>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public async Task<EmailPreferences> Get(CancellationToken cancellationToken) => await mediator.Send(new GetMyEmailPreferences(), cancellationToken);

    /// <summary>Chooses both at once (<c>{reminders, visitLogs}</c>, both required): 200 with the choices saved, 400 naming a missing one.</summary>
    [HttpPut("")]
    [ProducesResponseType<EmailPreferences>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public async Task<EmailPreferences> Set(SetMyEmailPreferences request, CancellationToken cancellationToken) => await mediator.Send(request, cancellationToken);
}
