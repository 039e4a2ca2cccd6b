using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Accounts.ChangeEmail;
using Marketplace.Application.Accounts.GetCurrentAccount;
using Marketplace.Application.Common.Errors;
using Marketplace.Infrastructure.Identity;
using Marketplace.Web.Composition;
using Marketplace.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PasswordCheck = Microsoft.AspNetCore.Identity.SignInResult;

namespace Marketplace.Web.Pages;

/// <summary>
/// A new address for the account: asked for on <c>/account/email</c> with the password (the page answers alike whether
/// or not the new address has an account), made by the link emailed to the new address. Opening the link shows what
/// will change and changes nothing (mail scanners open links); its button makes the change, and signs the person in
/// again when they are signed in as that account on this browser.
/// </summary>
[Route("account")]
[AutoValidateAntiforgeryToken]
public sealed class ChangeEmailController(
    IMediator mediator, SignInManager<ApplicationUser> signIn, SignInThrottle throttle, IStringLocalizer<SharedResource> text) : Controller
{
    [Authorize]
    [HttpGet("email")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ChangeEmailForm { CurrentEmail = await CurrentEmailAsync(cancellationToken) });

    /// <summary>Asks for the change; a wrong password counts as a failed sign-in of this browser's network to the account.</summary>
    [Authorize]
    [EnableRateLimiting(RateLimitSetup.SignIn)]
    [HttpPost("email")]
    public async Task<IActionResult> Index(ChangeEmailForm form, CancellationToken cancellationToken)
    {
        form.CurrentEmail = await CurrentEmailAsync(cancellationToken);
        var sent = false;
        try
        {
            var (_, wait) = await throttle.SignInAsync(HttpContext, form.CurrentEmail, async () =>
            {
                sent = await mediator.Send(new RequestEmailChange(form.NewEmail, form.Password), cancellationToken);
                return sent ? PasswordCheck.Success : PasswordCheck.Failed;
            });
            if (wait is { } throttled)
            {
                return this.Throttled(form, throttled, text);
            }
        }
        catch (ValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid, text);
            return View(form);
        }

        if (!sent)
        {
            ModelState.AddModelError(nameof(ChangeEmailForm.Password), text[ChangeEmailErrors.WrongPassword]);
            return View(form);
        }

        return View("Sent", new EmailChangeSentPage(AccountEmail.Normalize(form.NewEmail), form.CurrentEmail, EmailChangeLinkEmailSender.LinkHours));
    }

    /// <summary>Where the link leads: what will change, and the button that changes it; a link that cannot is a 400 saying so.</summary>
    [HttpGet("change-email")]
    public async Task<IActionResult> Change(Guid? user, string? email, string? token, CancellationToken cancellationToken)
    {
        var form = new ChangeEmailLinkForm { User = user, Email = email ?? string.Empty, Token = token ?? string.Empty };
        form.Usable = await IsUsableAsync(form, cancellationToken);
        return form.Usable ? View(form) : LinkRefused(form);
    }

    /// <summary>
    /// Makes the change. Sent twice (a double tap) by someone signed in as the account, the second finds the address
    /// changed already and answers as the first did.
    /// </summary>
    [EnableRateLimiting(RateLimitSetup.SignIn)]
    [HttpPost("change-email")]
    public async Task<IActionResult> Change(ChangeEmailLinkForm form, CancellationToken cancellationToken)
    {
        var newEmail = AccountEmail.Normalize(form.Email);
        if (!await ChangeAsync(form, cancellationToken) && !await IsOwnAddressAsync(form, newEmail, cancellationToken))
        {
            return LinkRefused(form);
        }

        if (await SignedInAccountAsync(form) is { } account)
        {
            // A new cookie with the new address and security stamp; other sessions end at their next check.
            await signIn.RefreshSignInAsync(account);
            TempData["Notice"] = text["ChangeEmail.Done", newEmail].Value;
            return LocalRedirect("/account");
        }

        TempData["Notice"] = text["ChangeEmail.DoneSignIn", newEmail].Value;
        return LocalRedirect("/account/login");
    }

    /// <summary>The use case's answer; a link it cannot read (a token too long, characters no token has) or a change that lost a race with another tap changes nothing.</summary>
    private async Task<bool> ChangeAsync(ChangeEmailLinkForm form, CancellationToken cancellationToken)
    {
        try
        {
            return form.User is { } user && await mediator.Send(new ConfirmEmailChange(user, form.Email, form.Token), cancellationToken);
        }
        catch (Exception refused) when (refused is ValidationException or BusinessRuleException)
        {
            return false;
        }
    }

    private async Task<bool> IsUsableAsync(ChangeEmailLinkForm form, CancellationToken cancellationToken)
    {
        try
        {
            return form.User is { } user && await mediator.Send(new ReadEmailChangeLink(user, form.Email, form.Token), cancellationToken);
        }
        catch (ValidationException)
        {
            return false;
        }
    }

    /// <summary>Whether the person is signed in as the link's account and its address is the link's already: their own address, so saying so tells nobody anything.</summary>
    private async Task<bool> IsOwnAddressAsync(ChangeEmailLinkForm form, string newEmail, CancellationToken cancellationToken) =>
        await SignedInAccountAsync(form) is not null && AccountEmail.AreSame(await CurrentEmailAsync(cancellationToken), newEmail);

    /// <summary>The account this browser is signed in as, when it is the link's; null otherwise.</summary>
    private async Task<ApplicationUser?> SignedInAccountAsync(ChangeEmailLinkForm form) =>
        signIn.IsSignedIn(User) && Guid.TryParse(signIn.UserManager.GetUserId(User), out var me) && me == form.User
            ? await signIn.UserManager.FindByIdAsync(me.ToString())
            : null;

    private async Task<string> CurrentEmailAsync(CancellationToken cancellationToken) =>
        (await mediator.Send(new GetCurrentAccount(), cancellationToken)).Email;

    /// <summary>A link that cannot change the address (any more) is a refused request: 400, and the page says why and what to do.</summary>
    private ViewResult LinkRefused(ChangeEmailLinkForm form)
    {
        form.Usable = false;
        var refused = View(nameof(Change), form);
        refused.StatusCode = StatusCodes.Status400BadRequest;
        return refused;
    }
}
