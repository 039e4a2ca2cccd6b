using Microsoft.AspNetCore.StaticFiles;

namespace Marketplace.Web.Security;

/// <summary>
/// The one kind of answer caches may keep: the site's static files (style sheets), which hold no one's data.
/// A file linked with its version (<c>asp-append-version</c> adds <c>?v=</c>) never changes under that address and
/// is kept for a year; the icons browsers ask for by name for a week; any other is kept but checked again (by its
/// ETag) before each use.
/// </summary>
internal static class StaticFileCaching
{
    private static readonly object Marker = new();

    /// <summary>
    /// Icons browsers ask for by a fixed name, never with a version: kept a week, so a page load does not ask again
    /// and a new icon still shows within the week.
    /// </summary>
    private static readonly HashSet<string> FixedAddresses = new(["/favicon.ico", "/apple-touch-icon.png"], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the static-file middleware answered this request.</summary>
    public static bool Prepared(HttpContext context) => context.Items.ContainsKey(Marker);

    public static void Prepare(StaticFileResponseContext file)
    {
        var context = file.Context;
        context.Items[Marker] = true;
        context.Response.Headers.CacheControl = context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable"
            : FixedAddresses.Contains(context.Request.Path.Value ?? "") ? "public, max-age=604800"
            : "no-cache";
    }
}
