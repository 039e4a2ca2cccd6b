using Microsoft.AspNetCore.OutputCaching;

namespace Marketplace.Web.OpenApi;

/// <summary>
/// Caches the OpenAPI document once per instance for a day, whoever asks: it is the same for every caller, so neither a
/// query string nor an Authorization header may make a request build it again (the framework's default policy varies
/// by every query key and skips any request with credentials, which let anyone rebuild it at will).
/// </summary>
internal sealed class SameForEveryoneCachePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromDays(1);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Only the document itself is kept; an error is answered afresh next time.
        context.AllowCacheStorage = context.HttpContext.Response.StatusCode == StatusCodes.Status200OK;
        return ValueTask.CompletedTask;
    }
}
