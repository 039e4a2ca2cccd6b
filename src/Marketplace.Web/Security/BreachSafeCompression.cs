using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Security;

/// <summary>
/// Compresses every answer (Brotli, else gzip) except one that a signed-in browser may have been made to ask for by
/// another site. BREACH reads a secret out of a compressed HTTPS answer by its length, over thousands of requests
/// that each reflect a guess beside the secret; only another site can make a victim's browser send those, and only
/// with the sign-in cookie do they answer with someone's data. Such requests are told apart by the browser's
/// <c>Sec-Fetch-Site</c>: an answer to a signed-in request is compressed only when our own pages asked for it
/// (<c>same-origin</c>) or the person did (<c>none</c>: typed, bookmarked); one without that header (an older
/// browser) is sent as it is. Anonymous answers hold no one's secrets (the antiforgery token differs in every
/// answer), and the API's bearer token is never sent by a browser on its own. docs/security.md, "Compression".
/// </summary>
internal sealed class BreachSafeCompression(
    IServiceProvider services, IOptions<ResponseCompressionOptions> options, IOptionsMonitor<CookieAuthenticationOptions> cookies)
    : IResponseCompressionProvider
{
    private readonly ResponseCompressionProvider _compression = new(services, options);

    public ICompressionProvider? GetCompressionProvider(HttpContext context) => _compression.GetCompressionProvider(context);

    public bool ShouldCompressResponse(HttpContext context) => _compression.ShouldCompressResponse(context);

    public bool CheckRequestAcceptsCompression(HttpContext context) =>
        _compression.CheckRequestAcceptsCompression(context) && !(SignedIn(context.Request) && !AskedBySite(context.Request));

    private bool SignedIn(HttpRequest request) =>
        cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name is { } name && request.Cookies.ContainsKey(name);

    private static bool AskedBySite(HttpRequest request) =>
        request.Headers["Sec-Fetch-Site"].ToString() is "same-origin" or "none";
}
