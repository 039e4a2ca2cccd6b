using Marketplace.Web.Errors;

namespace Marketplace.Web.Composition;

internal static class ErrorHandlingSetup
{
    public static IServiceCollection AddErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails(options =>
            options.CustomizeProblemDetails = context =>
                context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return services;
    }

    /// <summary>
    /// Exceptions: problem details for the API, the friendly error page for pages. Bare status codes
    /// (401 from the cookie, 404 from routing) get the same treatment.
    /// </summary>
    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseWhen(context => context.Request.IsApiRequest(), api => api.UseStatusCodePages());
        app.UseWhen(context => !context.Request.IsApiRequest(), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        return app;
    }
}
