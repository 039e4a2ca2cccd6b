using System.Security.Claims;
using System.Threading.RateLimiting;
using Marketplace.Application.Accounts.PausedSignIns;
using Marketplace.Web.Errors;
using Marketplace.Web.Localization;
using Marketplace.Web.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Composition;

/// <summary>
/// ASP.NET Core's rate limiter on what attackers do in bulk: signing in, registering, searching and uploading,
/// each counted per client (<see cref="ClientAddress"/>), uploads per account too. A refusal is a 429 with
/// <c>Retry-After</c>: problem details from the API, the friendly error page on pages (OWASP ASVS 5.0 V2.4.1).
/// </summary>
internal static class RateLimitSetup
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";
    public const string Search = "search";
    public const string Uploads = "uploads";

    /// <summary>The <c>type</c> of a 429 problem: RFC 6585's definition of the status.</summary>
    public const string TooManyRequestsType = "https://www.rfc-editor.org/rfc/rfc6585#section-4";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<SignInThrottle>();

        // One email per account for as long as a paused client waits.
        services.AddSingleton(provider => new PausedSignInsEmailLimit(provider.GetRequiredService<IOptions<RateLimitOptions>>().Value.FailedSignIn.Window));
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignIn, context => PerClient(context, limits => limits.SignIn));
            options.AddPolicy(Registration, context => PerClient(context, limits => limits.Registration));
            options.AddPolicy(Search, context => PerClient(context, limits => limits.Search));
            options.AddPolicy(Uploads, context => PerClient(context, limits => limits.UploadsPerClient));

            // An endpoint takes one named policy, so the per-account count of uploads is the global limiter's,
            // which lets every other request through.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsUpload(context) && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } account
                    ? FixedWindow($"account {account}", Limits(context).UploadsPerAccount)
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = RefuseAsync;
        });
        return services;
    }

    /// <summary>Tells the caller, in their language, that they asked too often and when to ask again.</summary>
    public static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Problem.AskToRetryAfter(context.Response, wait);
        if (!context.Request.IsApiRequest())
        {
            // The status code pages show the friendly page for 429.
            return;
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = TooManyRequestsType,
                Title = UiText.Format("Problem.TooManyRequests"),
                Detail = UiText.Format("RateLimit.TryAgainIn", Problem.MinutesToWait(wait)),
            },
        });
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, Func<RateLimitOptions, RateLimitOptions.Limit> limit) =>
        FixedWindow($"client {ClientAddress.Of(context)}", limit(Limits(context)));

    private static RateLimitPartition<string> FixedWindow(string key, RateLimitOptions.Limit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.Permits,
            Window = limit.Window,
            QueueLimit = 0,
        });

    private static RateLimitOptions Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static bool IsUpload(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Uploads;
}
