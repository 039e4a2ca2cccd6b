using Marketplace.Application.SharedKernel;
using Marketplace.Web.Composition;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Pages;

/// <summary>Remembers the visitor's choice of language for a year.</summary>
public sealed class CultureController : Controller
{
    [HttpPost("/culture")]
    [ValidateAntiForgeryToken]
    public IActionResult Set(string? culture, string? returnUrl)
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
        return LocalRedirect(this.LocalUrlOr(returnUrl, "/"));
    }
}
