using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

internal static class ThrottledView
{
    /// <summary>
    /// The form again with "wait N minutes" and 429 with <c>Retry-After</c>, for a password check the
    /// <see cref="Security.SignInThrottle"/> held back.
    /// </summary>
    public static ViewResult Throttled(this Controller controller, object model, TimeSpan wait, IStringLocalizer text)
    {
        controller.ModelState.AddModelError(string.Empty, text["Login.Throttled", Errors.Problem.MinutesToWait(wait)]);
        Errors.Problem.AskToRetryAfter(controller.Response, wait);
        var refused = controller.View(model);
        refused.StatusCode = StatusCodes.Status429TooManyRequests;
        return refused;
    }
}
