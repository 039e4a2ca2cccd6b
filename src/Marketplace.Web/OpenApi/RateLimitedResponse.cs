using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace Marketplace.Web.OpenApi;

/// <summary>
/// Declares the 429 problem of every API action under a rate limit (<c>[EnableRateLimiting]</c> on it or its
/// controller), so the document lists the refusal the rate limiter writes. Runs before
/// <see cref="ImpliedSuccessResponse"/>, which then adds the action's 200 if it declared none.
/// </summary>
internal sealed class RateLimitedResponse : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        foreach (var controller in application.Controllers.Where(c => c.Attributes.OfType<ApiControllerAttribute>().Any()))
        {
            var controllerLimited = controller.Attributes.OfType<EnableRateLimitingAttribute>().Any();
            foreach (var action in controller.Actions.Where(a => controllerLimited || a.Attributes.OfType<EnableRateLimitingAttribute>().Any()))
            {
                action.Filters.Add(new ProducesResponseTypeAttribute<ProblemDetails>(StatusCodes.Status429TooManyRequests));
            }
        }
    }
}
