namespace Marketplace.Web.Pages;

internal static class ReturnUrls
{
    /// <summary>
    /// Where to go back to after a form: <paramref name="returnUrl"/> when it is a path of this site that can
    /// stand in a Location header (no control characters: a line break would end the header), else <paramref name="fallback"/>.
    /// </summary>
    public static string LocalUrlOr(this Microsoft.AspNetCore.Mvc.Controller page, string? returnUrl, string fallback) =>
        page.Url.IsLocalUrl(returnUrl) && !returnUrl.Any(char.IsControl) ? returnUrl : fallback;
}
