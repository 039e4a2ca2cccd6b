namespace Marketplace.Web.Security;

/// <summary>
/// Keeps a Location header off the host a client named. The framework builds absolute addresses from the request's
/// Host header (the sign-in redirect, <c>CreatedAtAction</c>), which the client writes: a redirect to the site itself
/// becomes a relative path, and the address of something created is told on <see cref="PublicAddress"/>. A Location
/// naming another site on purpose is left as it is.
/// </summary>
internal static class Locations
{
    public static void KeepOnPublicAddress(HttpContext context, PublicAddress publicAddress)
    {
        var location = context.Response.Headers.Location.ToString();
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || !NamesThisRequest(uri, context.Request))
        {
            return;
        }

        // The path as written, not as Uri re-escapes it, so a return address keeps its exact encoding.
        var authorityEnd = location.IndexOfAny(['/', '?', '#'], uri.Scheme.Length + "://".Length);
        var pathAndQuery = authorityEnd < 0 ? "/" : location[authorityEnd..];
        if (pathAndQuery[0] != '/')
        {
            pathAndQuery = "/" + pathAndQuery;
        }

        var redirect = context.Response.StatusCode is >= 300 and < 400;
        context.Response.Headers.Location = redirect ? pathAndQuery : publicAddress.Absolute(pathAndQuery);
    }

    /// <summary>Same scheme, host and port as the request: the redirect from http to https names the host on purpose.</summary>
    private static bool NamesThisRequest(Uri uri, HttpRequest request) =>
        uri.Scheme == request.Scheme
        && string.Equals(uri.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
        && uri.Port == (request.Host.Port ?? (request.IsHttps ? 443 : 80));
}
