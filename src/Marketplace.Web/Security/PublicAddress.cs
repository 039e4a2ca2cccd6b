namespace Marketplace.Web.Security;

/// <summary>
/// The address people and API clients reach the site at, from the <c>PublicUrl</c> setting (an origin such as
/// <c>https://peduli.id</c>, no path). Absolute links are built from it, never from a request's Host header, which
/// the client writes. An https address also means the site is served over HTTPS only: secure-only cookies, HSTS and
/// a redirect from http. Outside Development an http address is refused unless it names this machine (loopback),
/// so a deployment cannot fall back to plain http by a missing setting.
/// </summary>
public sealed class PublicAddress
{
    public const string ConfigurationKey = "PublicUrl";

    private PublicAddress(Uri origin) => Origin = origin;

    /// <summary>Scheme, host and port, without a trailing slash: <c>https://peduli.id</c>.</summary>
    public Uri Origin { get; }

    /// <summary>True when the public address is https: every cookie is secure-only and http is redirected.</summary>
    public bool RequiresHttps => Origin.Scheme == Uri.UriSchemeHttps;

    /// <summary>The port an http request is redirected to, when <see cref="RequiresHttps"/>.</summary>
    public int HttpsPort => Origin.Port;

    /// <summary><paramref name="pathAndQuery"/> (starting with <c>/</c>) as an absolute address on the public origin.</summary>
    public string Absolute(string pathAndQuery) => Origin.GetLeftPart(UriPartial.Authority) + pathAndQuery;

    /// <summary>Reads <paramref name="configured"/>; throws <see cref="InvalidOperationException"/> (at start-up) naming what is wrong.</summary>
    public static PublicAddress From(string? configured, bool isDevelopment)
    {
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0 || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new InvalidOperationException(
                $"{ConfigurationKey} must be the site's public origin, such as https://peduli.id (no path, query or user); it is '{configured}'.");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !isDevelopment && !uri.IsLoopback)
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be https outside Development (only a loopback address may be http); it is '{configured}'.");
        }

        return new PublicAddress(new Uri(uri.GetLeftPart(UriPartial.Authority)));
    }
}
