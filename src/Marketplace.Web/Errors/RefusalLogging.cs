namespace Marketplace.Web.Errors;

/// <summary>
/// One information line for every request refused with a 4xx, whatever refused it (a use case's exception, model
/// binding, antiforgery, authorization, the rate limiter, routing): the path, the status and why, never the request's
/// content, which may carry personal data, and never a stack trace, since a refusal is not our fault.
/// Faults (5xx) are logged with their exception where they are handled.
/// </summary>
internal sealed partial class RefusalLogging(RequestDelegate next, ILogger<RefusalLogging> logger)
{
    private const string ReasonKey = "Peduli.RefusalReason";

    public async Task InvokeAsync(HttpContext context)
    {
        // The path as requested: error pages re-executed below rewrite it while they run.
        var path = context.Request.Path;
        await next(context);
        var status = context.Response.StatusCode;
        if (status is >= StatusCodes.Status400BadRequest and < StatusCodes.Status500InternalServerError)
        {
            var reason = context.Items[ReasonKey] as string ?? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
            LogRefused(logger, path, status, reason);
        }
    }

    /// <summary>Names why a request was refused (an exception's type), for the line logged when the answer is sent.</summary>
    public static void Explain(HttpContext context, string reason) => context.Items[ReasonKey] = reason;

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Path} with {Status} ({Reason})")]
    private static partial void LogRefused(ILogger logger, PathString path, int status, string reason);
}
