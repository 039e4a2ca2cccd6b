using Marketplace.Web.Composition;
using Microsoft.AspNetCore.Diagnostics;

namespace Marketplace.Web.Errors;

/// <summary>
/// Turns an exception from an API request into RFC 7807 problem details. Page requests are left to the
/// error page (<c>/error</c>), which uses the same <see cref="Problem"/> mapping to say it in words.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the middleware has rewritten the path to /error; the feature keeps the one requested.
        var requestedPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        var problem = Problem.From(exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, requestedPath);
        }
        else
        {
            RefusalLogging.Explain(httpContext, exception.GetType().Name);
        }

        if (!RequestExtensions.IsApiPath(requestedPath))
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            Problem.AskToRetryAfter(httpContext.Response, Problem.OutageRetryAfter);
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem.ToDetails(),
            Exception = exception,
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);
}
