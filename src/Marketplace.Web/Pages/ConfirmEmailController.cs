using Marketplace.Application.Accounts;
using Marketplace.Application.Accounts.ConfirmEmail;
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
        (_, form.Link) = await ReadLinkAsync(form);
        return View(form);
    }

    [EnableRateLimiting(RateLimitSetup.SignIn)]
    [HttpPost("")]
    public async Task<IActionResult> Index(ConfirmEmailForm form, CancellationToken cancellationToken)
    {
        (var account, form.Link) = await ReadLinkAsync(form);
        if (account is null)
        {
            return LinkRefused(form);
        }

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

        var outcome = await mediator.Send(new ConfirmEmail(account.Id, form.Token), cancellationToken);
        if (outcome == AddressConfirmation.InvalidLink)
        {
            form.Link = ConfirmationLink.Invalid;
            return LinkRefused(form);
        }

        LogConfirmed(logger, account.Id);
        await signIn.SignInAsync(account, isPersistent: false);
        TempData["Notice"] = text["ConfirmEmail.Confirmed"].Value;
        return LocalRedirect("/account");
    }

    /// <summary>A link that cannot confirm (any more) is a refused form: 400, and the page says why and what to do.</summary>
    private ViewResult LinkRefused(ConfirmEmailForm form)
    {
        var refused = View(form);
        refused.StatusCode = form.Link == ConfirmationLink.AlreadyConfirmed ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return refused;
    }

    /// <summary>The account a link confirms, when the link still can; otherwise why not.</summary>
    private async Task<(ApplicationUser? Account, ConfirmationLink Link)> ReadLinkAsync(ConfirmEmailForm form)
    {
        if (form.User is not { } id || string.IsNullOrEmpty(form.Token) || await users.FindByIdAsync(id.ToString()) is not { } account)
        {
            return (null, ConfirmationLink.Invalid);
        }

        if (account.EmailConfirmed)
        {
            return (null, ConfirmationLink.AlreadyConfirmed);
        }

        var valid = await users.VerifyUserTokenAsync(account, users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<ApplicationUser>.ConfirmEmailTokenPurpose, form.Token);
        return valid ? (account, ConfirmationLink.Usable) : (null, ConfirmationLink.Invalid);
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
