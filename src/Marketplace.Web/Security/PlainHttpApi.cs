using Marketplace.Web.Localization;

namespace Marketplace.Web.Security;

/// <summary>
/// The API asked over plain http on an HTTPS site is refused (403, problem details in the caller's language), never
/// redirected: a client set up with an http address then fails at once, instead of sending its token and a family's
/// health details in clear text before every request is quietly redirected (OWASP ASVS 5.0 V4.1.2). Pages, which
/// people open in a browser, are redirected.
/// </summary>
internal static class PlainHttpApi
{
    public static bool Asked(HttpContext context) => !context.Request.IsHttps && SecurityHeadersMiddleware.IsData(context.Request.Path);

    /// <summary>The branch <see cref="Asked"/> requests take: the caller's language first, then the refusal.</summary>
    public static void Refuse(IApplicationBuilder api)
    {
        api.UseRequestLocalization();
        api.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = UiText.Format("Problem.Forbidden"),
                    Detail = UiText.Format("Problem.HttpsOnly"),
                },
            });
        });
    }
}
