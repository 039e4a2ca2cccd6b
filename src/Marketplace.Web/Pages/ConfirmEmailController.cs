using Marketplace.Application.Accounts;
using Marketplace.Application.Accounts.ConfirmEmail;
using Marketplace.Application.Common.Errors;
using Marketplace.Infrastructure.Identity;
using Marketplace.Web.Composition;
using Marketplace.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PasswordCheck = Microsoft.AspNetCore.Identity.SignInResult;

namespace Marketplace.Web.Pages;

/// <summary>
/// Where the link in the sign-up email leads: the password chosen at sign-up confirms the address and signs the
/// person in. Asking for the password as well as the link means that someone who signed up with another person's
/// address cannot have that person confirm it for them by a click (a pre-hijacked account).
/// </summary>
[Route("account/confirm-email")]
[AutoValidateAntiforgeryToken]
public sealed partial class ConfirmEmailController(
    IMediator mediator,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    SignInThrottle throttle,
    IStringLocalizer<SharedResource> text,
    ILogger<ConfirmEmailController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? user, string? token)
    {
        var form = new ConfirmEmailForm { User = user, Token = token ?? string.Empty };
        (var account, form.Link) = await ReadLinkAsync(form);
        form.Email = account?.Email;
        return form.Link == ConfirmationLink.Invalid ? LinkRefused(form) : View(form);
    }

    /// <summary>
    /// Confirms with the sign-up's password and signs in. Sent twice (a double tap), the second finds the address
    /// confirmed and, with the right password, signs in just the same.
    /// </summary>
    [EnableRateLimiting(RateLimitSetup.SignIn)]
    [HttpPost("")]
    public async Task<IActionResult> Index(ConfirmEmailForm form, CancellationToken cancellationToken)
    {
        (var account, form.Link) = await ReadLinkAsync(form);
        if (account is null)
        {
            return LinkRefused(form);
        }

        form.Email = account.Email;
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var (result, wait) = await throttle.SignInAsync(HttpContext, account.Email!, async () =>
            await users.CheckPasswordAsync(account, form.Password) ? PasswordCheck.Success : PasswordCheck.Failed);
        if (wait is { } throttled)
        {
            return this.Throttled(form, throttled, text);
        }

        if (!result!.Succeeded)
        {
            ModelState.AddModelError(nameof(ConfirmEmailForm.Password), text["ConfirmEmail.WrongPassword"]);
            return View(form);
        }

        if (form.Link == ConfirmationLink.Usable)
        {
            if (!await ConfirmAsync(account.Id, form.Token, cancellationToken))
            {
                form.Link = ConfirmationLink.Invalid;
                return LinkRefused(form);
            }

            LogConfirmed(logger, account.Id);
        }

        await signIn.SignInAsync(await users.FindByIdAsync(account.Id.ToString()) ?? account, isPersistent: false);
        TempData["Notice"] = text["ConfirmEmail.Confirmed"].Value;
        return LocalRedirect("/account");
    }

    /// <summary>Confirms the address: true when it is confirmed now (by this request, or by another that won a race with it), false when the link no longer confirms.</summary>
    private async Task<bool> ConfirmAsync(Guid accountId, string token, CancellationToken cancellationToken)
    {
        try
        {
            return await mediator.Send(new ConfirmEmail(accountId, token), cancellationToken) != AddressConfirmation.InvalidLink;
        }
        catch (BusinessRuleException)
        {
            // Another tap confirmed it a moment earlier, as the store read afresh says; otherwise the refusal stands.
            if ((await users.FindByIdAsync(accountId.ToString()))?.EmailConfirmed == true)
            {
                return true;
            }

            throw;
        }
    }

    /// <summary>A link that cannot confirm (any more) is a refused request: 400, and the page says why and what to do.</summary>
    private ViewResult LinkRefused(ConfirmEmailForm form)
    {
        var refused = View(form);
        refused.StatusCode = StatusCodes.Status400BadRequest;
        return refused;
    }

    /// <summary>
    /// The account a link is for, when its token is right for it, and what the link can still do. The token is checked
    /// first, so a wrong one tells nothing about the account (not even whether it is confirmed).
    /// </summary>
    private async Task<(ApplicationUser? Account, ConfirmationLink Link)> ReadLinkAsync(ConfirmEmailForm form)
    {
        if (form.User is not { } id || string.IsNullOrEmpty(form.Token) || await users.FindByIdAsync(id.ToString()) is not { } account
            || !await users.VerifyUserTokenAsync(account, users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<ApplicationUser>.ConfirmEmailTokenPurpose, form.Token))
        {
            return (null, ConfirmationLink.Invalid);
        }

        return (account, account.EmailConfirmed ? ConfirmationLink.AlreadyConfirmed : ConfirmationLink.Usable);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Address confirmed for account {AccountId}")]
    private static partial void LogConfirmed(ILogger logger, Guid accountId);
}

/// <summary>What a confirmation link can still do.</summary>
public enum ConfirmationLink
{
    /// <summary>It confirms the address with the sign-up's password.</summary>
    Usable,

    /// <summary>The address is confirmed already: sign in.</summary>
    AlreadyConfirmed,

    /// <summary>Wrong, older than its lifespan, or replaced by a later sign-up: sign up again for a new one.</summary>
    Invalid,
}
