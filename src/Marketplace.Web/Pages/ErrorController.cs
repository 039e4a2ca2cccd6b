using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Pages;

/// <summary>The friendly page for failures of page requests (the API answers with problem details instead).</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorController : Controller
{
    [Route("/error")]
    [Route("/error/{status:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Index()
    {
        // Read from the route, not bound: binding would read the original form too, and a form the framework
        // cannot read (a NUL in a field) would leave the status unbound.
        var status = int.TryParse(RouteData.Values["status"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var code)
            ? code
            : StatusCodes.Status500InternalServerError;
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        code = exception is null ? status : Errors.Problem.From(exception).Status;
        Response.StatusCode = code;
        if (code == StatusCodes.Status503ServiceUnavailable)
        {
            Errors.Problem.AskToRetryAfter(Response, Errors.Problem.OutageRetryAfter);
        }

        // The rate limiter has said when to come back; the page says it in minutes.
        var retryAfterMinutes = code == StatusCodes.Status429TooManyRequests
            && long.TryParse(Response.Headers.RetryAfter, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                ? (long?)Errors.Problem.MinutesToWait(TimeSpan.FromSeconds(seconds))
                : null;
        return View(new ErrorViewModel(code, HttpContext.TraceIdentifier, retryAfterMinutes));
    }
}

public sealed record ErrorViewModel(int Status, string TraceId, long? RetryAfterMinutes = null)
{
    /// <summary>The statuses the page has its own words for; any other request refused is told as a 400, any other failure as ours.</summary>
    public string TextKey => Status switch
    {
        400 or 403 or 404 or 409 or 413 or 429 or 503 => $"Error.{Status}",
        >= 400 and < 500 => "Error.400",
        _ => "Error.500",
    };
}
