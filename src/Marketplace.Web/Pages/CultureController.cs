using System.Globalization;
using Marketplace.Application.Accounts;
using Marketplace.Application.Accounts.ChooseLanguage;
using Marketplace.Application.SharedKernel;
using Marketplace.Web.Composition;
using Microsoft.AspNetCore.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Pages;

/// <summary>Remembers the visitor's choice of language for a year, and a signed-in person's for their emails too.</summary>
public sealed class CultureController(IMediator mediator) : Controller
{
    [HttpPost("/culture")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Set(string? culture, string? returnUrl, CancellationToken cancellationToken)
    {
        // The switch's buttons send one of the two; anything else was not sent by the page.
        if (culture is not (LocalizationSetup.English or LocalizationSetup.Indonesian) || returnUrl is { Length: > 2048 } || (returnUrl is not null && (returnUrl.Any(char.IsControl) || !StorableText.IsStorable(returnUrl))))
        {
            return BadRequest();
        }

        var chosen = culture;
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        await mediator.Send(new ChooseLanguage(AccountLanguages.Of(CultureInfo.GetCultureInfo(chosen))), cancellationToken);
        return LocalRedirect(this.LocalUrlOr(returnUrl, "/"));
    }
}
