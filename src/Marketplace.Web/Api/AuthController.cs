using System.Globalization;
using Marketplace.Web.Composition;
using Microsoft.AspNetCore.RateLimiting;
using System.ComponentModel.DataAnnotations;
using Marketplace.Application.Accounts;
using Marketplace.Application.Accounts.ChangeEmail;
using Marketplace.Application.Accounts.PasswordReset;
using Marketplace.Application.Accounts.Register;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Identity;
using Marketplace.Web.Localization;
using Marketplace.Web.Security;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Api;

[ApiController]
[Route("api/v1/auth")]
public sealed class AuthController(IMediator mediator, SignInManager<ApplicationUser> signIn, SignInThrottle throttle) : ControllerBase
{
    /// <summary>
    /// Signs up a family, caregiver or enterprise account: 202 and an email to the address, with a link that confirms it
    /// (for 24 hours). The answer is the same when the address has an account already (that email says so instead), so
    /// it tells nobody who is registered; the account signs in once its address is confirmed. Sign-ups of one
    /// address at the same moment take turns and are answered alike.
    /// </summary>
    [EnableRateLimiting(RateLimitSetup.Registration)]
    [HttpPost("register")]
    [ProducesResponseType<RegistrationAccepted>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Register(RegisterAccount request, CancellationToken cancellationToken)
    {
        await mediator.Send(request with { Language = request.Language ?? AccountLanguages.Of(CultureInfo.CurrentUICulture) }, cancellationToken);
        var email = AccountEmail.Normalize(request.Email);
        return Accepted(new RegistrationAccepted(email, UiText.Format("Register.CheckEmail", email, UiText.Count("Count.Hours", SignUpEmailSender.LinkHours))));
    }

    /// <summary>
    /// Asks for a password-reset link: 202 whether or not the address has an account (ASVS V6.4), and an email with a link
    /// (working for 24 hours) to the address of a confirmed account. The link opens <c>/account/reset-password</c>; its
    /// <c>email</c> and <c>token</c> query values are what <c>POST /api/v1/auth/password-reset/confirm</c> takes.
    /// </summary>
    [EnableRateLimiting(RateLimitSetup.Registration)]
    [HttpPost("password-reset")]
    [ProducesResponseType<PasswordResetRequested>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> RequestPasswordReset(RequestPasswordReset request, CancellationToken cancellationToken)
    {
        await mediator.Send(request, cancellationToken);
        var email = AccountEmail.Normalize(request.Email);
        return Accepted(new PasswordResetRequested(email, UiText.Format("ForgotPassword.Sent", email, UiText.Count("Count.Hours", PasswordResetEmailSender.LinkHours))));
    }

    /// <summary>
    /// Sets a new password with a reset link's token: 204, and the owner is told by email; 400 with <c>errors.token</c> when
    /// the link is wrong, used or expired, or <c>errors.newPassword</c> when the password is refused. Every other session of
    /// the account ends (its security stamp changes).
    /// </summary>
    [EnableRateLimiting(RateLimitSetup.SignIn)]
    [HttpPost("password-reset/confirm")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> ConfirmPasswordReset(ResetPassword request, CancellationToken cancellationToken) =>
        await mediator.Send(request, cancellationToken)
            ? NoContent()
            : throw new FluentValidation.ValidationException([new ValidationFailure(nameof(ResetPassword.Token), PasswordResetErrors.InvalidLink)]);

    /// <summary>
    /// Makes <c>newEmail</c> the address (and sign-in name) of account <c>userId</c> with the <c>token</c> of a change link (the
    /// link opens <c>/account/change-email</c>; its <c>user</c>, <c>email</c> and <c>token</c> query values are these three): 204, the
    /// address stays confirmed, the old address is told, and every session of the account ends (its security stamp changes;
    /// sign in again with the new address). 400 with <c>errors.token</c> when the link is wrong, used, replaced by a later
    /// request or expired, or the address has become another account's.
    /// </summary>
    [EnableRateLimiting(RateLimitSetup.SignIn)]
    [HttpPost("email-change/confirm")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> ConfirmEmailChange(ConfirmEmailChange request, CancellationToken cancellationToken) =>
        await mediator.Send(request, cancellationToken)
            ? NoContent()
            : throw new FluentValidation.ValidationException([new ValidationFailure(nameof(request.Token), ChangeEmailErrors.InvalidLink)]);

    /// <summary>Exchanges email and password for a bearer token: <c>{tokenType, accessToken, expiresIn, refreshToken}</c>.</summary>
    [EnableRateLimiting(RateLimitSetup.SignIn)]
    [HttpPost("login")]
    [ProducesResponseType<AccessTokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> Login(LoginRequest request)
    {
        var email = AccountEmail.Normalize(request.Email);
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var (result, wait) = await throttle.SignInAsync(HttpContext, email, () => signIn.PasswordSignInAsync(email, request.Password, isPersistent: false, lockoutOnFailure: false));
        if (wait is { } throttled)
        {
            return this.Throttled(throttled);
        }

        // On success the bearer handler has written the token response during sign-in.
        return result!.Succeeded
            ? new EmptyResult()
            : Problem(UiText.Format("Login.Failed"), statusCode: StatusCodes.Status401Unauthorized, title: UiText.Format("Problem.SignInFailed"));
    }
}

/// <summary>An email and password; the email is read as the sign-in page reads it (see <see cref="AccountEmail"/>).</summary>
public sealed record LoginRequest(
    [Required(ErrorMessage = "Validation.Required")] [MaxLength(FieldLimits.EmailMaxLength, ErrorMessage = "Validation.MaxLength")] string Email,
    [Required(ErrorMessage = "Validation.Required")] [MaxLength(FieldLimits.PasswordMaxLength, ErrorMessage = "Validation.MaxLength")] string Password);

/// <summary>A reset was asked for: <paramref name="Email"/> (as it is read) gets a link if it has a confirmed account; <paramref name="Detail"/> says so in the caller's language.</summary>
public sealed record PasswordResetRequested(string Email, string Detail);

/// <summary>A sign-up was taken: <paramref name="Email"/> (as it will be read) gets a confirmation link; <paramref name="Detail"/> says so in the caller's language.</summary>
public sealed record RegistrationAccepted(string Email, string Detail);
