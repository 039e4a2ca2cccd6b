using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Accounts.GetCurrentAccount;
using Marketplace.Application.Accounts.Register;
using Marketplace.Application.Common.Errors;
using Marketplace.Infrastructure.Identity;
using Marketplace.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

[Route("account")]
[AutoValidateAntiforgeryToken]
public sealed class AccountController(
    IMediator mediator, SignInManager<ApplicationUser> signIn, IStringLocalizer<SharedResource> text) : Controller
{
    [Authorize]
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetCurrentAccount(), cancellationToken));

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var result = await signIn.PasswordSignInAsync(AccountEmail.Normalize(form.Email), form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(this.LocalUrlOr(form.ReturnUrl, "/account"));
        }

        ModelState.AddModelError(string.Empty, text[result.IsLockedOut ? "Login.LockedOut" : "Login.Failed"]);
        return View(form);
    }

    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterForm { Role = AccountRoles.Family });

    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterForm form, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new RegisterAccount(form.Email, form.Password, form.Role ?? string.Empty, form.FullName, form.Phone), cancellationToken);
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

        await signIn.PasswordSignInAsync(AccountEmail.Normalize(form.Email), form.Password, isPersistent: false, lockoutOnFailure: false);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
