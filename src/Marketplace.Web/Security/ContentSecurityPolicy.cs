namespace Marketplace.Web.Security;

/// <summary>
/// The Content-Security-Policy of an answer. Pages run no inline script or style and nothing from another origin:
/// every script, style sheet, image and font is the site's own file, but for a map's tile images, which come from the
/// configured tile server's host (<see cref="Maps.MapTiles"/>). API answers are data and may run nothing at
/// all. No page may be framed (clickjacking), set a base address for its links, or send a form to another site, but for
/// the card processor's checkout page that paying by card redirects to (<c>form-action</c> covers a form's redirects).
/// </summary>
public static class ContentSecurityPolicy
{
    /// <summary>For data (JSON, photos, documents): nothing runs, even if a browser were to render it as a page.</summary>
    public const string ForData = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

    /// <summary>
    /// For the site's pages: its own files only, nothing inline, and images also from <paramref name="tileSource"/> (the
    /// map tiles' host, e.g. <c>https://tile.openstreetmap.org</c>) when maps are on; forms go to the site itself, or on
    /// to <paramref name="checkoutOrigin"/> (the card processor's checkout page) when cards are taken.
    /// </summary>
    public static string ForPage(Uri? checkoutOrigin, string? tileSource = null) => Page(scripts: "'self'", styles: "'self'", checkoutOrigin, tileSource);

    /// <summary>
    /// For the browsable API reference (Scalar): its scripts are the package's own files plus one inline start-up
    /// call carrying <paramref name="nonce"/> (base64url, fresh per request). Its components set style attributes,
    /// which no nonce can allow, so inline styles are allowed on this page only; it shows no one's data.
    /// </summary>
    public static string ForApiReference(string nonce) => Page(scripts: $"'self' 'nonce-{nonce}'", styles: "'self' 'unsafe-inline'", checkoutOrigin: null);

    private static string Page(string scripts, string styles, Uri? checkoutOrigin, string? tileSource = null) =>
        $"default-src 'self'; script-src {scripts}; style-src {styles}; img-src 'self' data:{(tileSource is null ? "" : " " + tileSource)}; font-src 'self'; connect-src 'self'; "
        + $"object-src 'none'; base-uri 'none'; form-action 'self'{(checkoutOrigin is null ? "" : " " + checkoutOrigin.GetLeftPart(UriPartial.Authority))}; frame-ancestors 'none'";
}
