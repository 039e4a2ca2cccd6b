using Marketplace.Web.Composition;
using Marketplace.Web.Errors;
using Marketplace.Web.Localization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Requests;

/// <summary>
/// An upload larger than its endpoint takes reaches model binding as the framework's English error about
/// bytes ("Request body too large. The max request body size is 2162688 bytes."). This says it in the
/// reader's language and in megabytes, beside the file field: the API answers 413, a page shows its form again.
/// </summary>
internal sealed class OversizedBodyFilter : IActionFilter, IOrderedFilter
{
    public const string FileField = "file";

    /// <summary>Before the API's automatic 400 (order -2000), which would otherwise answer with the framework's words.</summary>
    public int Order => -3000;

    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (!context.ModelState.Values.SelectMany(entry => entry.Errors).Any(IsTooLarge))
        {
            return;
        }

        // The endpoint's own limit (its [RequestSizeLimit]) is what the person must stay under.
        var limit = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        var message = UiText.Format("Upload.TooLarge", limit / (1024 * 1024));
        foreach (var entry in context.ModelState.Where(entry => entry.Value!.Errors.Any(IsTooLarge)).ToList())
        {
            context.ModelState.Remove(entry.Key);
        }

        context.ModelState.AddModelError(FileField, message);
        if (context.HttpContext.Request.IsApiRequest())
        {
            var problem = new Problem(StatusCodes.Status413PayloadTooLarge, UiText.Format("Problem.TooLarge"), message);
            context.Result = new ProblemResult(problem);
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    // Form reading failures reach model state as the exception's message (a ValueProviderException's), or as the exception.
    private static bool IsTooLarge(ModelError error) =>
        IsTooLarge(error.Exception)
        || error.ErrorMessage.Contains("Request body too large", StringComparison.Ordinal)
        || error.ErrorMessage.Contains("body length limit", StringComparison.Ordinal);

    private static bool IsTooLarge(Exception? exception) => exception switch
    {
        null => false,
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => true,
        InvalidDataException multipart when multipart.Message.Contains("length limit", StringComparison.Ordinal) => true,
        _ => IsTooLarge(exception.InnerException),
    };
}
