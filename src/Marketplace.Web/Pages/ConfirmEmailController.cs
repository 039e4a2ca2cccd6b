using FluentValidation;
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
/// Where the link in the sign-up email leads: the password chosen at sign-up confirms the address (the
/// <see cref="ConfirmEmail"/> use case checks both) and signs the person in, as the sign-in page would: through the
/// sign-in manager, so the sign-in is logged like any other.
/// </summary>
[Route("account/confirm-email")]
[AutoValidateAntiforgeryToken]
public sealed partial class ConfirmEmailController(
    IMediator mediator,
    SignInManager<ApplicationUser> signIn,
    SignInThrottle throttle,
    IStringLocalizer<SharedResource> text,
    ILogger<ConfirmEmailController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? user, string? token, CancellationToken cancellationToken)
    {
        var form = new ConfirmEmailForm { User = user, Token = token ?? string.Empty };
        return await ReadLinkAsync(form, cancellationToken) is null ? LinkRefused(form) : View(form);
    }

    /// <summary>
    /// Confirms with the sign-up's password and signs in. Sent twice (a double tap), the second finds the address
    /// confirmed and, with the right password, signs in just the same.
    /// </summary>
    [EnableRateLimiting(RateLimitSetup.SignIn)]
    [HttpPost("")]
    public async Task<IActionResult> Index(ConfirmEmailForm form, CancellationToken cancellationToken)
    {
        if (await ReadLinkAsync(form, cancellationToken) is not { } link)
        {
            return LinkRefused(form);
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var outcome = AddressConfirmation.InvalidLink;
        var (_, wait) = await throttle.SignInAsync(HttpContext, link.Account.Email, async () =>
        {
            outcome = await ConfirmAsync(form, cancellationToken);
            return outcome == AddressConfirmation.WrongPassword ? PasswordCheck.Failed : PasswordCheck.Success;
        });
        if (wait is { } throttled)
        {
            return this.Throttled(form, throttled, text);
        }

        switch (outcome)
        {
            case AddressConfirmation.InvalidLink:
                form.Link = ConfirmationLink.Invalid;
                return LinkRefused(form);
            case AddressConfirmation.WrongPassword:
                ModelState.AddModelError(nameof(ConfirmEmailForm.Password), text["ConfirmEmail.WrongPassword"]);
                return View(form);
            case AddressConfirmation.Confirmed:
                LogConfirmed(logger, link.Account.Id);
                break;
            default:
                break;
        }

        await signIn.PasswordSignInAsync(link.Account.Email, form.Password, isPersistent: false, lockoutOnFailure: false);
        TempData["Notice"] = text["ConfirmEmail.Confirmed"].Value;
        return LocalRedirect("/account");
    }

    /// <summary>The use case's outcome; a confirmation that lost a race with another tap of the button counts as done.</summary>
    private async Task<AddressConfirmation> ConfirmAsync(ConfirmEmailForm form, CancellationToken cancellationToken)
    {
        try
        {
            return await mediator.Send(new ConfirmEmail(form.User!.Value, form.Token, form.Password), cancellationToken);
        }
        catch (BusinessRuleException)
        {
            // Another tap confirmed it a moment earlier (the store, read afresh, says so); otherwise the refusal stands.
            if (await ReadLinkAsync(form, cancellationToken) is { Confirmed: true })
            {
                return AddressConfirmation.AlreadyConfirmed;
            }

            throw;
        }
    }

    /// <summary>A link that cannot confirm (any more) is a refused request: 400, and the page says why and what to do.</summary>
    private ViewResult LinkRefused(ConfirmEmailForm form)
    {
        form.Link = ConfirmationLink.Invalid;
        var refused = View(form);
        refused.StatusCode = StatusCodes.Status400BadRequest;
        return refused;
    }

    /// <summary>What the link is for, filling the form's state and address in; null when it confirms nothing (a token that cannot even be read included).</summary>
    private async Task<ConfirmationLinkView?> ReadLinkAsync(ConfirmEmailForm form, CancellationToken cancellationToken)
    {
        ConfirmationLinkView? link = null;
        if (form.User is { } id && !string.IsNullOrEmpty(form.Token))
        {
            try
            {
                link = await mediator.Send(new ReadConfirmationLink(id, form.Token), cancellationToken);
            }
            catch (ValidationException)
            {
                // A token with characters no token has, or too long to be one.
            }
        }

        form.Email = link?.Account.Email;
        form.Link = link is null ? ConfirmationLink.Invalid : link.Confirmed ? ConfirmationLink.AlreadyConfirmed : ConfirmationLink.Usable;
        return link;
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
