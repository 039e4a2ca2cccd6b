using Marketplace.Application.Payments;
using Marketplace.Web.Composition;
using Scalar.AspNetCore;

namespace Marketplace.Web.Security;

/// <summary>
/// Gives every answer (errors, redirects and the framework's own status answers included) the headers that say
/// what a browser may do with it, whatever code wrote it: a Content-Security-Policy, no content-type sniffing, no
/// address sent to other sites, no camera, microphone or location (but on the pages that choose a place on a map, which
/// may ask the browser where the person is), no framing, and no copy kept in any cache except
/// for the site's static files. A Location header never names the host a client sent (see <see cref="Locations"/>).
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, PublicAddress publicAddress, ICardProcessor cards, Maps.MapTiles tiles)
{
    /// <summary>Features no page uses; a script that slipped in still could not ask for them.</summary>
    public const string PermissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>The same for the pages with a map to choose a place on: the site's own script may ask where the person is.</summary>
    public const string LocatingPermissionsPolicy = "accelerometer=(), camera=(), geolocation=(self), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>The pages that choose a place on a map (a person in care's address).</summary>
    public static readonly PathString LocatingPages = "/family/recipients";

    /// <summary>Addresses can carry a search's place or a booking's id; other sites are not told them.</summary>
    public const string ReferrerPolicy = "same-origin";

    /// <summary>The pages' policy: the same for every page, so written once (it names the card checkout's origin, if any).</summary>
    private readonly string _pagePolicy = ContentSecurityPolicy.ForPage(cards.CheckoutOrigin, tiles.ImageSource);

    /// <summary>The browsable API reference: a page of its own, whose scripts are the package's files and one nonced start-up call.</summary>
    private static readonly PathString ApiReference = "/api/docs";

    /// <summary>An API answer (data), as against a page: every <c>/api</c> address but the API reference's.</summary>
    public static bool IsData(PathString path) => RequestExtensions.IsApiPath(path) && !path.StartsWithSegments(ApiReference);

    public Task InvokeAsync(HttpContext context)
    {
        // Decided from the address asked for: an error page re-executed under /error still answers this request.
        var path = context.Request.Path;
        context.Response.OnStarting(() =>
        {
            Apply(context, path);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private void Apply(HttpContext context, PathString path)
    {
        var headers = context.Response.Headers;
        var reference = path.StartsWithSegments(ApiReference);
        var data = IsData(path);
        headers.ContentSecurityPolicy = (data, context.Items[ScalarOptions.NonceHttpContextItemKey]) switch
        {
            (true, _) => ContentSecurityPolicy.ForData,
            (false, string nonce) when reference => ContentSecurityPolicy.ForApiReference(nonce),
            _ => _pagePolicy,
        };
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = !data && path.StartsWithSegments(LocatingPages) ? LocatingPermissionsPolicy : PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";

        // The reference's own scripts are revalidated by their ETag and hold no one's data; static files say their own.
        if (!StaticFileCaching.Prepared(context) && !(reference && headers.CacheControl.Count > 0))
        {
            headers.CacheControl = "no-store";
        }

        Locations.KeepOnPublicAddress(context, publicAddress);
    }
}
