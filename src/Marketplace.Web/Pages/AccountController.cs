using System.Globalization;
using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Accounts.GetCurrentAccount;
using Marketplace.Application.Accounts.Register;
using Marketplace.Application.Common.Errors;
using Marketplace.Infrastructure.Identity;
using Marketplace.Web.Composition;
using Marketplace.Web.Localization;
using Marketplace.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

[Route("account")]
[AutoValidateAntiforgeryToken]
public sealed class AccountController(
    IMediator mediator, SignInManager<ApplicationUser> signIn, SignInThrottle throttle, IStringLocalizer<SharedResource> text) : Controller
{
    private const string SignedUpEmail = "SignedUpEmail";

    [Authorize]
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetCurrentAccount(), cancellationToken));

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [EnableRateLimiting(RateLimitSetup.SignIn)]
    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var email = AccountEmail.Normalize(form.Email);
        var (result, wait) = await throttle.SignInAsync(HttpContext, email, () => signIn.PasswordSignInAsync(email, form.Password, form.RememberMe, lockoutOnFailure: false));
        if (wait is { } throttled)
        {
            return this.Throttled(form, throttled, text);
        }

        if (result!.Succeeded)
        {
            return LocalRedirect(this.LocalUrlOr(form.ReturnUrl, "/account"));
        }

        ModelState.AddModelError(string.Empty, text["Login.Failed"]);
        return View(form);
    }

    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterForm { Role = AccountRoles.Family });

    [EnableRateLimiting(RateLimitSetup.Registration)]
    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterForm form, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new RegisterAccount(form.Email, form.Password, form.Role ?? string.Empty, form.FullName, form.Phone, AccountLanguages.Of(CultureInfo.CurrentUICulture)), cancellationToken);
        }
        catch (ValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid, text);
            return View(form);
        }
        catch (BusinessRuleException rule)
        {
            ModelState.AddModelError(nameof(RegisterForm.Email), UiText.Explain(rule));
            return View(form);
        }

        TempData[SignedUpEmail] = AccountEmail.Normalize(form.Email);
        return RedirectToAction(nameof(CheckEmail));
    }

    /// <summary>After signing up: the link to confirm the address is on its way (the same page whether or not the address had an account).</summary>
    [HttpGet("check-email")]
    public IActionResult CheckEmail() => View(new CheckEmailPage(TempData[SignedUpEmail] as string, SignUpEmailSender.LinkHours));

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
