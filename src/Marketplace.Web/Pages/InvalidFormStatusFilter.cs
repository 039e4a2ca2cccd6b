using Marketplace.Web.Composition;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Marketplace.Web.Pages;

/// <summary>
/// A page shown again with the errors of its form answers 400, as an API would: the person sees the form
/// and its messages, and a program (or a test) sees that nothing was done.
/// </summary>
internal sealed class InvalidFormStatusFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is ViewResult { StatusCode: null } view
            && !context.ModelState.IsValid
            && !context.HttpContext.Request.IsApiRequest())
        {
            view.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
