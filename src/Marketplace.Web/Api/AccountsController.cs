using FluentValidation;
using FluentValidation.Results;
using Marketplace.Application.Accounts;
using Marketplace.Application.Accounts.ChangeEmail;
using Marketplace.Application.Accounts.GetCurrentAccount;
using Marketplace.Web.Composition;
using Marketplace.Web.Localization;
using Marketplace.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using PasswordCheck = Microsoft.AspNetCore.Identity.SignInResult;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

[ApiController]
[Tags(ApiTags.Accounts)]
[Authorize]
[Route("api/v1/accounts/me")]
public sealed class AccountsController(IMediator mediator, SignInThrottle throttle) : ControllerBase
{
    /// <summary>
    /// Asks to move the signed-in account to <c>newEmail</c>, with its current <c>password</c>: 202, an email with a link
    /// (working for 24 hours) to the new address and a notice to the current one. The address changes only when the link
    /// is used (<c>POST /api/v1/auth/email-change/confirm</c>); a later request makes earlier links useless. When the new
    /// address has an account already, it gets a note instead and nothing changes, and the answer is the same. 400 with
    /// <c>errors.password</c> for a wrong password, <c>errors.newEmail</c> for an address that is not one or is the
    /// account's already; wrong passwords are throttled as sign-ins are (429 with <c>Retry-After</c>).
    /// </summary>
    [EnableRateLimiting(RateLimitSetup.SignIn)]
    [HttpPost("email")]
    [ProducesResponseType<EmailChangeRequested>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> ChangeEmail(RequestEmailChange request, CancellationToken cancellationToken)
    {
        var sent = false;
        var account = await mediator.Send(new GetCurrentAccount(), cancellationToken);
        var (_, wait) = await throttle.SignInAsync(HttpContext, account.Email, async () =>
        {
            sent = await mediator.Send(request, cancellationToken);
            return sent ? PasswordCheck.Success : PasswordCheck.Failed;
        });
        if (wait is { } throttled)
        {
            return this.Throttled(throttled);
        }

        if (!sent)
        {
            throw new ValidationException([new ValidationFailure(nameof(RequestEmailChange.Password), ChangeEmailErrors.WrongPassword)]);
        }

        var email = AccountEmail.Normalize(request.NewEmail);
        return Accepted(new EmailChangeRequested(email, UiText.Format("ChangeEmail.Sent", email, UiText.Count("Count.Hours", EmailChangeLinkEmailSender.LinkHours))));
    }
}

/// <summary>A change of address was asked for: <paramref name="NewEmail"/> (as it is read) gets a link, unless it has an account; <paramref name="Detail"/> says so in the caller's language.</summary>
public sealed record EmailChangeRequested(string NewEmail, string Detail);
