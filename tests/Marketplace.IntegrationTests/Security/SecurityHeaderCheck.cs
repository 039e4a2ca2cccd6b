using System.Text.RegularExpressions;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// What every answer must tell a browser (OWASP ASVS 5.0 V3.4): a Content-Security-Policy that runs no inline or
/// foreign script, lets no site frame the page and no form leave the site; no content-type sniffing; no address sent
/// to other sites; no camera, microphone or location (the pages of a person in care, which choose a place on a map, may
/// ask the browser for the site's own script where the person is, and no other); and no copy in any cache, unless the
/// answer is a static file.
/// A page (HTML) of the site holds no inline script, style or event handler either, since the policy would refuse them.
/// </summary>
internal static partial class SecurityHeaderCheck
{
    private static readonly string[] SafeReferrerPolicies = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];
    private static readonly string[] UnsafeScriptSources = ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:", "blob:"];
    private static readonly string[] OwnOnly = ["'self'", "'none'"];
    private static readonly string[] DeniedFeatures = ["camera=()", "microphone=()", "geolocation=()", "payment=()"];

    /// <summary>Each header missing or too loose on <paramref name="response"/>, as a line naming it; empty when all is well.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(HttpResponseMessage response, bool mayBeCached = false)
    {
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        var page = !path.StartsWith("/api/docs", StringComparison.Ordinal) && response.Content.Headers.ContentType?.MediaType == "text/html";
        var csp = Directives(Header(response, "Content-Security-Policy"));
        var problems = new List<string>();
        void Require(bool holds, string what)
        {
            if (!holds)
            {
                problems.Add(what);
            }
        }

        Require(csp.Count > 0, "no Content-Security-Policy");
        var scripts = csp.GetValueOrDefault("script-src") ?? csp.GetValueOrDefault("default-src");
        Require(scripts is not null && !scripts.Intersect(UnsafeScriptSources).Any(), $"scripts allowed from [{Join(scripts)}]");
        Require(Is(csp.GetValueOrDefault("frame-ancestors"), "'none'"), "frame-ancestors is not 'none'");
        Require(Is(csp.GetValueOrDefault("object-src") ?? csp.GetValueOrDefault("default-src"), "'none'"), "object-src is not 'none'");
        Require(Is(csp.GetValueOrDefault("base-uri"), "'none'"), "base-uri is not 'none'");
        Require(csp.GetValueOrDefault("form-action") is { Length: > 0 } actions && actions.All(OwnOnly.Contains), "form-action is not the site's own");
        if (path.StartsWith("/api/v1", StringComparison.Ordinal))
        {
            Require(Is(csp.GetValueOrDefault("default-src"), "'none'"), "an API answer's default-src is not 'none'");
        }

        if (page)
        {
            var styles = csp.GetValueOrDefault("style-src") ?? csp.GetValueOrDefault("default-src");
            Require(styles is not null && !styles.Contains("'unsafe-inline'"), "inline styles allowed on a page");
            var html = await response.Content.ReadAsStringAsync();
            Require(!InlineScript().IsMatch(html), $"an inline script: {InlineScript().Match(html).Value}");
            Require(!InlineStyle().IsMatch(html), $"an inline style: {InlineStyle().Match(html).Value}");
            Require(!EventHandler().IsMatch(html), $"an inline event handler: {EventHandler().Match(html).Value}");
        }

        Require(Header(response, "X-Content-Type-Options") == "nosniff", "no X-Content-Type-Options: nosniff");
        Require(SafeReferrerPolicies.Contains(Header(response, "Referrer-Policy")), $"Referrer-Policy '{Header(response, "Referrer-Policy")}'");
        var permissions = Header(response, "Permissions-Policy")?.Split(',', StringSplitOptions.TrimEntries) ?? [];
        var locating = path.StartsWith("/family/recipients", StringComparison.Ordinal);
        Require(DeniedFeatures.Where(denied => !locating || denied != "geolocation=()").All(permissions.Contains)
            && (!locating || permissions.Contains("geolocation=(self)")), $"Permissions-Policy '{string.Join(", ", permissions)}' allows a feature no page uses");
        Require(Header(response, "X-Frame-Options") == "DENY", "no X-Frame-Options: DENY");
        Require(mayBeCached || response.Headers.CacheControl?.NoStore == true, $"Cache-Control '{response.Headers.CacheControl}' lets a cache keep it");
        return problems;
    }

    /// <summary>One header's value, from the response's or its content's headers; null when absent.</summary>
    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    /// <summary>A policy's directives by name, each with its sources.</summary>
    public static Dictionary<string, string[]> Directives(string? policy) =>
        (policy ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0].ToLowerInvariant(), parts => parts[1..]);

    private static bool Is(string[]? sources, string only) => sources is [var source] && source == only;

    private static string Join(string[]? sources) => sources is null ? "anywhere" : string.Join(' ', sources);

    [GeneratedRegex(@"<script\b(?![^>]*\bsrc\s*=)[^>]*>|<script\b[^>]*\bsrc\s*=\s*[""']?(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<style\b[^>]*>|<[a-z][^>]*\sstyle\s*=[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();

    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=[^>]*>|\bhref\s*=\s*[""']?\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
