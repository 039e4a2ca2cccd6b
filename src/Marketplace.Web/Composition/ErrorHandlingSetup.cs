using Marketplace.Web.Errors;
using Microsoft.AspNetCore.WebUtilities;

namespace Marketplace.Web.Composition;

internal static class ErrorHandlingSetup
{
    public static IServiceCollection AddErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails(options =>
            options.CustomizeProblemDetails = context =>
            {
                context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;

                // A bare status (401 from the bearer handler, 404 from routing, 415 from a formatter) comes with
                // the English reason phrase as its title; it is said in the caller's language like the rest.
                if (context.ProblemDetails is { Status: { } status, Title: { } title }
                    && title == ReasonPhrases.GetReasonPhrase(status) && Problem.TitleOf(status) is { } said)
                {
                    context.ProblemDetails.Title = said;
                }
            });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return services;
    }

    /// <summary>One information line for each refused request (see <see cref="RefusalLogging"/>).</summary>
    public static WebApplication UseRefusalLogging(this WebApplication app)
    {
        app.UseMiddleware<RefusalLogging>();
        return app;
    }

    /// <summary>
    /// Exceptions: problem details for the API, the friendly error page for pages. Bare status codes
    /// (401 from the cookie, 404 from routing) get the same treatment.
    /// </summary>
    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",

            // A refusal (a 4xx: not found, forbidden, a broken rule) is the caller's, not a fault of ours: it is
            // logged once as information by RefusalLogging, without a stack trace.
            SuppressDiagnosticsCallback = context => Problem.From(context.Exception).Status < StatusCodes.Status500InternalServerError,
        });
        app.UseWhen(context => context.Request.IsApiRequest(), api => api.UseStatusCodePages());
        app.UseWhen(context => !context.Request.IsApiRequest(), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        return app;
    }
}
