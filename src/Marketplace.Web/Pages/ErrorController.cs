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
    public IActionResult Index(int? status)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        var code = exception is null ? status ?? StatusCodes.Status500InternalServerError : Errors.Problem.From(exception).Status;
        Response.StatusCode = code;
        return View(new ErrorViewModel(code, HttpContext.TraceIdentifier));
    }
}

public sealed record ErrorViewModel(int Status, string TraceId)
{
    /// <summary>The statuses the page has its own words for; any other is described as a general failure.</summary>
    public string TextKey => Status is 400 or 403 or 404 or 409 ? $"Error.{Status}" : "Error.500";
}
