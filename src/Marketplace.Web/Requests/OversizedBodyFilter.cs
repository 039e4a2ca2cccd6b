using Marketplace.Application.SharedKernel;
using Marketplace.Web.Composition;
using Marketplace.Web.Errors;
using Marketplace.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Marketplace.Web.Requests;

/// <summary>
/// A form larger than its endpoint reads (an upload's <see cref="UploadRequest.MaxBytes"/>, Kestrel's 30 MB elsewhere)
/// or past the form reader's limits would otherwise fail wherever it is first read: antiforgery validation answers a
/// bare 400, model binding the framework's English words about bytes. The form is read here first, so the person is
/// told plainly: the API answers 413 problem details, a page the 413 error page, both naming the limit in megabytes.
/// </summary>
internal sealed class OversizedBodyFilter : IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>After [RequestSizeLimit] and [RequestFormLimits] (900) set this endpoint's limits, before antiforgery (1000) reads the form.</summary>
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;

        // The error page shown for a refused form runs again with that form: reading it again would fail again.
        if (!request.HasFormContentType || context.Result is not null || context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return;
        }

        try
        {
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (Exception exception) when (IsTooLarge(exception))
        {
            context.Result = TooLarge(context);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            // A form broken some other way (a multipart body with no parts, cut short) fails the same way when model
            // binding reads it again, which says so as a field it could not read.
        }
    }

    /// <summary>Kestrel's 413 for a body over the endpoint's limit, or the form reader's refusal of a part, value or count over its limits.</summary>
    private static bool IsTooLarge(Exception? exception) => exception switch
    {
        null => false,
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => true,
        InvalidDataException form when form.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) => true,
        _ => IsTooLarge(exception.InnerException),
    };

    /// <summary>A page gets the 413 error page; the API a problem that names the largest file taken, or says the body is too large.</summary>
    private static IActionResult TooLarge(AuthorizationFilterContext context)
    {
        if (!context.HttpContext.Request.IsApiRequest())
        {
            return new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }

        var upload = context.ActionDescriptor.Parameters.Any(parameter => parameter.ParameterType == typeof(IFormFile));
        var detail = upload ? UiText.Format("Upload.TooLarge", FieldLimits.MaxUploadMegabytes) : UiText.Format("Problem.TooLargeBody");
        return new ProblemResult(new Problem(StatusCodes.Status413PayloadTooLarge, UiText.Format("Problem.TooLarge"), detail));
    }
}
