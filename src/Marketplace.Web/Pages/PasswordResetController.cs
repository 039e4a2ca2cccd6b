using FluentValidation;
using FluentValidation.Results;
using Marketplace.Application.Accounts.PasswordReset;
using Marketplace.Web.Composition;
using Marketplace.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>
/// A forgotten password: the address gets a link (the page answers alike whether or not it has an account), and the
/// link's page chooses a new password, then sends the person to sign in with it.
/// </summary>
[Route("account")]
[AutoValidateAntiforgeryToken]
public sealed class PasswordResetController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("forgot-password")]
    public IActionResult Forgot() => View(new ForgotPasswordForm());

    [EnableRateLimiting(RateLimitSetup.Registration)]
    [HttpPost("forgot-password")]
    public async Task<IActionResult> Forgot(ForgotPasswordForm form, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new RequestPasswordReset(form.Email), cancellationToken);
        }
        catch (ValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid, text);
            return View(form);
        }

        return View("Sent", new CheckEmailPage(form.Email.Trim(), PasswordResetEmailSender.LinkHours));
    }

    [HttpGet("reset-password")]
    public IActionResult Reset(string? email, string? token) => View(new ResetPasswordForm { Email = email ?? string.Empty, Token = token ?? string.Empty });

    [EnableRateLimiting(RateLimitSetup.SignIn)]
    [HttpPost("reset-password")]
    public async Task<IActionResult> Reset(ResetPasswordForm form, CancellationToken cancellationToken)
    {
        try
        {
            if (!await mediator.Send(new ResetPassword(form.Email, form.Token, form.NewPassword), cancellationToken))
            {
                throw new ValidationException([new ValidationFailure(nameof(ResetPassword.Token), PasswordResetErrors.InvalidLink)]);
            }
        }
        catch (ValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid, text);

            // The link's address and token are hidden fields: their errors are the form's, with a way to a new link.
            ModelState.MoveToForm(nameof(ResetPasswordForm.Email));
            ModelState.MoveToForm(nameof(ResetPasswordForm.Token));
            return View(form);
        }

        TempData["Notice"] = text["ResetPassword.Done"].Value;
        return LocalRedirect("/account/login");
    }
}
