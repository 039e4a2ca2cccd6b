using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Errors;

/// <summary>Writes a <see cref="Problem"/> as <c>application/problem+json</c> through the same service as the exception handler.</summary>
internal sealed class ProblemResult(Problem problem) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        context.HttpContext.Response.StatusCode = problem.Status;
        await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = problem.ToDetails(),
        });
    }
}
