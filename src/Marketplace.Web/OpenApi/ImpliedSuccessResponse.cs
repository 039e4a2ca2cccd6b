using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Marketplace.Web.OpenApi;

/// <summary>
/// Declares the 200 an API action answers with when it declares only its failures. ApiExplorer infers the 200
/// from the return type only while no response is declared at all, so a controller-wide
/// <c>[ProducesResponseType(404)]</c> would otherwise leave every action's answer out of the OpenAPI document.
/// </summary>
internal sealed class ImpliedSuccessResponse : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        foreach (var controller in application.Controllers.Where(c => c.Attributes.OfType<ApiControllerAttribute>().Any()))
        {
            foreach (var action in controller.Actions)
            {
                var declared = controller.Filters.Concat(action.Filters).OfType<IApiResponseMetadataProvider>().ToList();
                if (declared.Count > 0 && !declared.Any(response => response.StatusCode is >= 200 and < 300)
                    && Answer(action.ActionMethod.ReturnType) is { } answer)
                {
                    action.Filters.Add(new ProducesResponseTypeAttribute(answer, StatusCodes.Status200OK));
                }
            }
        }
    }

    /// <summary>The body an action's return type writes: T of T, Task&lt;T&gt;, ValueTask&lt;T&gt; and ActionResult&lt;T&gt;; none for IActionResult or void.</summary>
    private static Type? Answer(Type returnType)
    {
        var type = returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? returnType.GetGenericArguments()[0]
            : returnType;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ActionResult<>))
        {
            return type.GetGenericArguments()[0];
        }

        return type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask) || typeof(IActionResult).IsAssignableFrom(type) || typeof(IResult).IsAssignableFrom(type)
            ? null
            : type;
    }
}
