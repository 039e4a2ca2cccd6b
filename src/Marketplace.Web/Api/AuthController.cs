using System.Globalization;
using System.Security.Claims;
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
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

[ApiController]
[Tags(ApiTags.Accounts)]
[Route("api/v1/auth")]
public sealed class AuthController(IMediator mediator, SignInManager<ApplicationUser> signIn, SignInThrottle throttle, RefreshTokens refreshTokens) : ControllerBase
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

    /// <summary>
    /// Exchanges email and password for a bearer token: <c>{tokenType, accessToken, expiresIn, refreshToken}</c>. The access
    /// token works for <c>expiresIn</c> seconds (an hour); the refresh token gets the next pair from
    /// <c>POST /api/v1/auth/refresh</c>, once. 401 when the address and password do not match a confirmed account.
    /// </summary>
    [EnableRateLimiting(RateLimitSetup.SignIn)]
    [HttpPost("login")]
    [ProducesResponseType<AccessTokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> Login(LoginRequest request)
    {
        var email = AccountEmail.Normalize(request.Email);
        signIn.AuthenticationScheme = TokenSignInHandler.SchemeName;
        var (result, wait) = await throttle.SignInAsync(HttpContext, email, () => signIn.PasswordSignInAsync(email, request.Password, isPersistent: false, lockoutOnFailure: false));
        if (wait is { } throttled)
        {
            return this.Throttled(throttled);
        }

        // On success the token sign-in handler has written the token response during sign-in.
        return result!.Succeeded
            ? new EmptyResult()
            : Problem(UiText.Format("Login.Failed"), statusCode: StatusCodes.Status401Unauthorized, title: UiText.Format("Problem.SignInFailed"));
    }

    /// <summary>
    /// Exchanges a refresh token for a new access token and refresh token, answered like sign-in. Each refresh token
    /// works once: 401 for one used before (which also ends every token of that sign-in, since a copy is in other
    /// hands), expired (14 days unused), signed out, or of an account whose password or address changed since.
    /// </summary>
    [HttpPost("refresh")]
    [ProducesResponseType<AccessTokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> Refresh(RefreshRequest request, CancellationToken cancellationToken)
    {
        if (await refreshTokens.RotateAsync(request.RefreshToken, cancellationToken) is not { } rotation)
        {
            return RefreshRefused();
        }

        var user = await signIn.UserManager.FindByIdAsync(rotation.UserId.ToString());
        if (user is null || await signIn.UserManager.GetSecurityStampAsync(user) != rotation.SecurityStamp
            || !await signIn.CanSignInAsync(user) || await signIn.UserManager.IsLockedOutAsync(user))
        {
            await refreshTokens.RevokeAsync(rotation.FamilyId, RefreshTokens.AccountChanged, cancellationToken);
            return RefreshRefused();
        }

        // The token sign-in handler writes the token response.
        await TokenSignInHandler.RefreshAsync(HttpContext, await signIn.CreateUserPrincipalAsync(user), rotation);
        return new EmptyResult();
    }

    /// <summary>
    /// Signs the bearer token's holder out: its refresh token, and every later one of the same sign-in, is refused from
    /// now on; 204. The access token in hand keeps working until it expires (at most an hour): discard it.
    /// </summary>
    [Authorize]
    [HttpPost("logout")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Logout(CancellationToken cancellationToken)
    {
        if (Guid.TryParse(User.FindFirstValue(TokenSignInHandler.FamilyClaim), out var family))
        {
            await refreshTokens.RevokeAsync(family, RefreshTokens.SignedOut, cancellationToken);
        }

        return NoContent();
    }

    private ObjectResult RefreshRefused() =>
        Problem(UiText.Format("Refresh.Refused"), statusCode: StatusCodes.Status401Unauthorized, title: UiText.Format("Problem.SignInFailed"));
}

/// <summary>The refresh token of the latest sign-in or refresh answer.</summary>
public sealed record RefreshRequest(
    [Required(ErrorMessage = "Validation.Required")] [MaxLength(FieldLimits.AccountTokenMaxLength, ErrorMessage = "Validation.MaxLength")] string RefreshToken);

/// <summary>An email and password; the email is read as the sign-in page reads it (see <see cref="AccountEmail"/>).</summary>
public sealed record LoginRequest(
    [Required(ErrorMessage = "Validation.Required")] [MaxLength(FieldLimits.EmailMaxLength, ErrorMessage = "Validation.MaxLength")] string Email,
    [Required(ErrorMessage = "Validation.Required")] [MaxLength(FieldLimits.PasswordMaxLength, ErrorMessage = "Validation.MaxLength")] string Password);

/// <summary>A reset was asked for: <paramref name="Email"/> (as it is read) gets a link if it has a confirmed account; <paramref name="Detail"/> says so in the caller's language.</summary>
public sealed record PasswordResetRequested(string Email, string Detail);

/// <summary>A sign-up was taken: <paramref name="Email"/> (as it will be read) gets a confirmation link; <paramref name="Detail"/> says so in the caller's language.</summary>
public sealed record RegistrationAccepted(string Email, string Detail);
