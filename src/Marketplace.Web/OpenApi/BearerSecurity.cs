using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Marketplace.Web.OpenApi;

/// <summary>
/// Says per operation whether it needs the bearer token the document requires by default (<see cref="PartnerDocument"/>):
/// an operation open to anyone (no <c>[Authorize]</c>, or <c>[AllowAnonymous]</c>) needs none; one that needs it
/// answers 401 without a valid token.
/// </summary>
internal sealed class BearerSecurity : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
            return Task.CompletedTask;
        }

        operation.Responses ??= [];
        operation.Responses.TryAdd("401", WireMediaTypes.Problem<ProblemDetails>(context, "Unauthorized: no bearer token, or one that has expired."));
        return Task.CompletedTask;
    }
}
