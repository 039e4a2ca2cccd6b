using Marketplace.Web.Composition;
using Marketplace.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Api;

internal static class ThrottledProblem
{
    /// <summary>
    /// A 429 problem with <c>Retry-After</c> saying how many minutes to wait, for a password check the
    /// <see cref="Security.SignInThrottle"/> held back.
    /// </summary>
    public static ObjectResult Throttled(this ControllerBase controller, TimeSpan wait)
    {
        Errors.Problem.AskToRetryAfter(controller.Response, wait);
        return controller.Problem(
            UiText.Format("Login.Throttled", Errors.Problem.MinutesToWait(wait)),
            statusCode: StatusCodes.Status429TooManyRequests,
            title: UiText.Format("Problem.TooManyRequests"),
            type: RateLimitSetup.TooManyRequestsType);
    }
}
